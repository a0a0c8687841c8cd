package io.botactions.klaviyo.action;

/**
 * An action was called without any input.
 */
public class MissingInputException extends RuntimeException {

    public MissingInputException() {
        super("a JSON body is required", null, false, false);
    }
}
