package io.botactions.klaviyo.klaviyo;

import java.util.List;
import java.util.Optional;

/**
 * Klaviyo answered with an error status. The message carries the status only: never the key, never the body.
 */
public class KlaviyoException extends RuntimeException {

    private final int status;
    private final List<KlaviyoError> errors;
    private final Optional<String> duplicateProfileId;

    public KlaviyoException(int status, List<KlaviyoError> errors, Optional<String> duplicateProfileId) {
        super("Klaviyo answered " + status);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.duplicateProfileId = duplicateProfileId;
    }

    public int status() {
        return status;
    }

    public List<KlaviyoError> errors() {
        return errors;
    }

    /**
     * The id of the existing profile when Klaviyo refused a create as a duplicate (409).
     */
    public Optional<String> duplicateProfileId() {
        return duplicateProfileId;
    }
}
