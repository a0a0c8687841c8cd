package io.botactions.klaviyo.klaviyo;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.botactions.klaviyo.invocation.Invocation;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;

/**
 * The fault tolerance every Klaviyo call goes through: a timeout per attempt, retries of what
 * {@link RetryableFailure} allows with {@link KlaviyoBackoff} between them, and one circuit breaker for the whole
 * container. The breaker opens on Klaviyo's 5xx answers, timeouts and connection failures (never on a refused
 * request), so a failing Klaviyo is answered 503 at once instead of piling up slow calls. All calls share this one
 * method so that they share the one breaker. Every policy can be tuned through
 * {@code quarkus.fault-tolerance."io.botactions.klaviyo.klaviyo.KlaviyoGuard/call".*}.
 */
@ApplicationScoped
class KlaviyoGuard {

    @Timeout(value = 7, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, maxDuration = 28, durationUnit = ChronoUnit.SECONDS, jitter = 0)
    @RetryWhen(exception = RetryableFailure.class)
    @CustomBackoff(KlaviyoBackoff.class)
    @BeforeRetry(CountRetry.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = { KlaviyoServerException.class, ProcessingException.class, TimeoutException.class })
    <T> T call(Supplier<T> call) {
        Invocation.current().ifPresent(Invocation::klaviyoCalled);
        return call.get();
    }
}
