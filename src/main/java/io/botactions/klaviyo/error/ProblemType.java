package io.botactions.klaviyo.error;

/**
 * Every kind of failure the actions report, with its stable type URI and HTTP status.
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", "The input is not valid", 400),
    UNAUTHORIZED("unauthorized", "Caller not authenticated", 401),
    NOT_FOUND("not-found", "No such route", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    PAYLOAD_TOO_LARGE("payload-too-large", "The body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    KLAVIYO_BAD_REQUEST("klaviyo-bad-request", "Klaviyo refused the request", 400),
    KLAVIYO_NOT_FOUND("klaviyo-not-found", "Klaviyo has no such resource", 404),
    KLAVIYO_CONFLICT("klaviyo-conflict", "Klaviyo reports a conflict", 409),
    KLAVIYO_REJECTED("klaviyo-rejected", "Klaviyo refused the request", 422),
    KLAVIYO_CREDENTIALS("klaviyo-credentials", "Klaviyo refused the API key", 502),
    KLAVIYO_RATE_LIMITED("klaviyo-rate-limited", "Klaviyo's rate limit is reached", 429),
    KLAVIYO_FAILED("klaviyo-failed", "Klaviyo failed", 502),
    KLAVIYO_TIMEOUT("klaviyo-timeout", "Klaviyo did not answer in time", 504),
    KLAVIYO_CIRCUIT_OPEN("klaviyo-circuit-open", "Klaviyo is failing; calls are paused", 503),
    CREDENTIALS_UNAVAILABLE("credentials-unavailable", "The Klaviyo key is not available", 503),
    INTERNAL("internal", "Internal error", 500);

    private static final String BASE = "urn:klaviyo-actions:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
