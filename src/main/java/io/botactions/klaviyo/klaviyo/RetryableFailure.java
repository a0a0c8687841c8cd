package io.botactions.klaviyo.klaviyo;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.botactions.klaviyo.invocation.Invocation;
import io.quarkus.arc.Arc;

/**
 * Which failed Klaviyo calls are tried again: throttling (429), gateway failures (502, 503, 504, 524), timeouts and
 * connection failures, and only while the invocation has time left for the wait Klaviyo asked for plus one more
 * attempt. Every Klaviyo call the actions make may be repeated without a duplicate effect:
 * <ul>
 * <li>reads, and the PATCH of an update, are idempotent;</li>
 * <li>a repeated create that meets Klaviyo's duplicate check is resolved by {@link KlaviyoClient};</li>
 * <li>{@code POST /api/profile-import} is an upsert keyed on email, phone or external id: a repeat finds the profile
 * the first attempt wrote and writes the same attributes again;</li>
 * <li>a repeated subscription job subscribes no one twice, and a repeated unsubscription job
 * ({@code profile-subscription-bulk-delete-jobs}) sets the same consent to {@code UNSUBSCRIBED} again;</li>
 * <li>adding profiles to a list, or removing them, sets membership rather than toggling it, so a repeat leaves the
 * list as the first attempt did;</li>
 * <li>an event carries a {@code unique_id} fixed before the first attempt, and Klaviyo records only the first event
 * with that id for the same profile and metric, so a repeat is not counted twice.</li>
 * </ul>
 */
public class RetryableFailure implements Predicate<Throwable> {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504, 524);

    @Override
    public boolean test(Throwable failure) {
        Duration wait;
        if (failure instanceof KlaviyoException klaviyo) {
            if (!RETRYABLE_STATUSES.contains(klaviyo.status())) {
                return false;
            }
            wait = klaviyo.retryAfter().orElse(Duration.ZERO);
        } else if (failure instanceof ProcessingException || failure instanceof TimeoutException) {
            wait = Duration.ZERO;
        } else {
            return false;
        }
        return wait.plus(config().attemptReserve()).compareTo(remaining()) <= 0;
    }

    /**
     * The time left for Klaviyo calls in this invocation: Lambda's deadline less a margin for answering, or the
     * configured budget outside Lambda.
     */
    static Duration remaining() {
        KlaviyoConfig config = config();
        Instant now = Instant.now();
        Instant end = Invocation.current()
                .map(invocation -> invocation.deadline()
                        .map(deadline -> deadline.minus(config.answerMargin()))
                        .orElse(invocation.started().plus(config.timeBudget())))
                .orElse(now.plus(config.timeBudget()));
        return Duration.between(now, end);
    }

    private static KlaviyoConfig config() {
        return Arc.container().instance(KlaviyoConfig.class).get();
    }
}
