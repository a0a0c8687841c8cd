package io.botactions.klaviyo.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts WireMock on a free loopback port as Klaviyo, points the REST client at it, and checks every request it
 * receives against Klaviyo's OpenAPI description.
 */
public class KlaviyoStub implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "pk_test_0123456789abcdef";
    public static final String CALLER_TOKEN = "caller-token-5f1d0c2b9e";

    private WireMockServer server;
    private KlaviyoContract contract;

    @Override
    public Map<String, String> start() {
        contract = KlaviyoContract.forKlaviyo();
        // Enough threads that responses held back by a slow-Klaviyo test never starve the next test's calls.
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(50).extensions(contract));
        server.start();
        return Map.of(
                "klaviyo.base-url", server.baseUrl(),
                "klaviyo.api-key", API_KEY,
                "caller.token", CALLER_TOKEN);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(mock(),
                new TestInjector.AnnotatedAndMatchesType(InjectKlaviyo.class, KlaviyoMock.class));
    }

    KlaviyoMock mock() {
        return new KlaviyoMock(server, contract);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
