package io.botactions.klaviyo.support;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * What every call to Klaviyo carries: the key, the API revision, and JSON:API as the accepted type.
 */
public final class KlaviyoCalls {

    public static final String JSON_API = "application/vnd.api+json";

    private KlaviyoCalls() {
    }

    public static RequestPatternBuilder klaviyoCall(RequestPatternBuilder pattern) {
        return pattern
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + KlaviyoStub.API_KEY))
                .withHeader("revision", equalTo("2026-07-15"))
                .withHeader("Accept", equalTo(JSON_API));
    }

    /** A call with a JSON:API body. */
    public static RequestPatternBuilder klaviyoWrite(RequestPatternBuilder pattern) {
        return klaviyoCall(pattern).withHeader("Content-Type", equalTo(JSON_API));
    }
}
