package io.botactions.klaviyo.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the dev-mode sandbox's Klaviyo stand-in, set up as {@link KlaviyoSandbox} sets it up, for the actions to
 * call.
 */
public class SandboxStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new SandboxKlaviyo()));
        server.start();
        server.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withTransformers(SandboxKlaviyo.NAME)));
        return Map.of("klaviyo.base-url", server.baseUrl(), "klaviyo.api-key", KlaviyoSandbox.SANDBOX_KEY,
                "caller.token-required", "false");
    }

    @Override
    public void stop() {
        server.stop();
    }
}
