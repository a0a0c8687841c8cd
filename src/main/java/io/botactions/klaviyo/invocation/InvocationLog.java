package io.botactions.klaviyo.invocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.botactions.klaviyo.error.Problem;
import io.quarkus.logging.Log;

/**
 * Writes the one INFO line each invocation leaves: what it did, how it ended, how long it took, its Lambda request
 * id, the Klaviyo profiles it touched, and its Klaviyo calls and retries. The facts also go to the MDC, so the JSON
 * log of production carries them as fields an operator can search. Never a customer's email, phone or data.
 */
public class InvocationLog {

    private final Invocation invocation;

    InvocationLog(Invocation invocation) {
        this.invocation = invocation;
    }

    @ServerResponseFilter
    public void log(ContainerRequestContext request, ContainerResponseContext response) {
        String action = invocation.action().orElseGet(() -> request.getUriInfo().getPath());
        String outcome = response.getEntity() instanceof Problem problem ? problem.type() : "ok";
        long millis = Duration.between(invocation.started(), Instant.now()).toMillis();
        Map<String, Object> fields = Map.of(
                "action", action,
                "status", response.getStatus(),
                "outcome", outcome,
                "durationMs", millis,
                "requestId", invocation.requestId().orElse(""),
                "profileIds", String.join(",", invocation.profileIds()),
                "klaviyoCalls", invocation.klaviyoCalls(),
                "klaviyoRetries", invocation.klaviyoRetries());
        fields.forEach(MDC::put);
        try {
            Log.infof("%s answered %d (%s) in %d ms; Klaviyo calls %d, retries %d; profiles [%s]", action,
                    response.getStatus(), outcome, millis, invocation.klaviyoCalls(), invocation.klaviyoRetries(),
                    fields.get("profileIds"));
        } finally {
            fields.keySet().forEach(MDC::remove);
        }
    }
}
