package io.botactions.klaviyo.klaviyo;

import io.botactions.klaviyo.invocation.Invocation;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import io.quarkus.logging.Log;

/**
 * Counts each retry on the invocation, for its log line.
 */
public class CountRetry implements BeforeRetryHandler {

    @Override
    public void handle(org.eclipse.microprofile.faulttolerance.ExecutionContext context) {
        Log.debugf("Retrying Klaviyo call %s after %s", context.getMethod().getName(),
                context.getFailure() == null ? "no failure" : context.getFailure().getClass().getSimpleName());
        Invocation.current().ifPresent(Invocation::klaviyoRetried);
    }
}
