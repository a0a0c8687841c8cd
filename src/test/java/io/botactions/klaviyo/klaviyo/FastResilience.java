package io.botactions.klaviyo.klaviyo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The production policies with shorter clocks, so the tests see timeouts, backoff and the breaker's cool-down in
 * well under a second each: 500 ms read timeout, 20 ms initial backoff, a breaker that opens after 4 failed calls
 * out of 4 and cools down for 1 s, and a 5 s time budget per invocation.
 */
public class FastResilience implements QuarkusTestProfile {

    static final String GUARD = "quarkus.fault-tolerance.\"io.botactions.klaviyo.klaviyo.KlaviyoGuard/call\".";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "klaviyo.read-timeout-ms", "500",
                "klaviyo.time-budget", "5s",
                "klaviyo.attempt-reserve", "500ms",
                GUARD + "retry.delay", "20",
                GUARD + "circuit-breaker.request-volume-threshold", "4",
                GUARD + "circuit-breaker.failure-ratio", "1.0",
                GUARD + "circuit-breaker.delay", "1",
                GUARD + "circuit-breaker.success-threshold", "1");
    }
}
