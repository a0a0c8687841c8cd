package io.botactions.klaviyo.klaviyo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Klaviyo failed with a 5xx status: its fault, not the request's, so these count towards opening the circuit
 * breaker.
 */
public class KlaviyoServerException extends KlaviyoException {

    public KlaviyoServerException(int status, List<KlaviyoError> errors, Optional<Duration> retryAfter) {
        super(status, errors, Optional.empty(), retryAfter);
    }
}
