package io.botactions.klaviyo.klaviyo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Klaviyo answered with an error status. The message carries the status only: never the key, never the body.
 */
public class KlaviyoException extends RuntimeException {

    private final int status;
    private final List<KlaviyoError> errors;
    private final Optional<String> duplicateProfileId;
    private final Optional<Duration> retryAfter;

    public KlaviyoException(int status, List<KlaviyoError> errors, Optional<String> duplicateProfileId,
            Optional<Duration> retryAfter) {
        super("Klaviyo answered " + status, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.duplicateProfileId = duplicateProfileId;
        this.retryAfter = retryAfter;
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

    /**
     * How long Klaviyo asked callers to wait, from its {@code Retry-After} header.
     */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
