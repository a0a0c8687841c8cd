package io.botactions.klaviyo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract check the action tests rely on must be able to fail: a request that breaks Klaviyo's OpenAPI
 * description is reported, a conforming one is not.
 */
class KlaviyoContractTest {

    private final KlaviyoStub stub = new KlaviyoStub();
    private String baseUrl;
    private KlaviyoContract contract;

    @BeforeEach
    void start() {
        baseUrl = stub.start().get("klaviyo.base-url");
        contract = stub.mock().contract();
        assumeTrue(contract.enabled(), "Klaviyo's OpenAPI description is absent: nothing to check");
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void reportsACreateWithoutTheResourceType() throws Exception {
        send("POST", "/api/profiles", "{\"data\": {\"attributes\": {\"email\": \"ada@example.com\"}}}", true);

        assertEquals(1, contract.violations().size(), contract.violations()::toString);
        assertTrue(contract.violations().get(0).contains("type"), contract.violations()::toString);
    }

    @Test
    void reportsARequestWithoutTheRevisionHeader() throws Exception {
        send("POST", "/api/profiles", "{\"data\": {\"type\": \"profile\", \"attributes\": {\"email\": \"ada@example.com\"}}}", false);

        assertEquals(1, contract.violations().size(), contract.violations()::toString);
        assertTrue(contract.violations().get(0).contains("revision"), contract.violations()::toString);
    }

    @Test
    void acceptsAConformingCreate() throws Exception {
        send("POST", "/api/profiles", "{\"data\": {\"type\": \"profile\", \"attributes\": {\"email\": \"ada@example.com\"}}}", true);

        assertEquals(java.util.List.of(), contract.violations());
    }

    @Test
    void checksAListCallAgainstTheListsDescription() throws Exception {
        send("POST", "/api/lists/Y6nRLr/relationships/profiles", "{\"data\": [{\"type\": \"profile\", \"id\": \"01HZX3K5\"}]}",
                true);

        assertEquals(java.util.List.of(), contract.violations());
    }

    @Test
    void checksAnEventAgainstTheEventsDescription() throws Exception {
        send("POST", "/api/events", "{\"data\": {\"type\": \"event\", \"attributes\": {\"properties\": {}}}}", true);

        assertEquals(1, contract.violations().size(), contract.violations()::toString);
        assertTrue(contract.violations().get(0).contains("events.json"), contract.violations()::toString);
    }

    private void send(String method, String path, String body, boolean withRevision) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/vnd.api+json")
                .header("Accept", "application/vnd.api+json")
                .header("Authorization", "Klaviyo-API-Key " + KlaviyoStub.API_KEY)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (withRevision) {
            request.header("revision", "2026-07-15");
        }
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
