package io.botactions.klaviyo.klaviyo;

import java.util.concurrent.ThreadLocalRandom;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Waits before a retry: exponential from the configured delay, with full jitter so that many containers retrying
 * at once spread out, and never less than Klaviyo's {@code Retry-After}.
 */
public class KlaviyoBackoff implements CustomBackoffStrategy {

    private static final long MAX_EXPONENTIAL_MILLIS = 4_000;

    private long nextCeiling;

    @Override
    public void init(long initialDelayInMillis) {
        nextCeiling = Math.max(1, initialDelayInMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long jittered = ThreadLocalRandom.current().nextLong(nextCeiling / 2, nextCeiling + 1);
        nextCeiling = Math.min(nextCeiling * 2, MAX_EXPONENTIAL_MILLIS);
        long retryAfter = cause instanceof KlaviyoException klaviyo
                ? klaviyo.retryAfter().map(java.time.Duration::toMillis).orElse(0L)
                : 0L;
        return Math.max(jittered, retryAfter);
    }
}
