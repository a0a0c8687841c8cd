package io.botactions.klaviyo.validation;

/**
 * An input whose rules span several fields. {@link Consistent} runs {@link #check} during Bean Validation, so
 * these rules are reported together with the single-field ones, each under the field it concerns.
 */
public interface CrossChecked {

    void check(Violations violations);

    /**
     * Collects the rules an input breaks.
     */
    interface Violations {

        void add(String field, String message);
    }
}
