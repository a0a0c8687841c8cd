package io.botactions.klaviyo.invocation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.Json;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Each invocation leaves one JSON line an operator can search, with the facts of the call and none of the
 * customer's data.
 */
@QuarkusTest
@TestProfile(InvocationLogTest.JsonFileLog.class)
class InvocationLogTest extends KlaviyoTest {

    static final Path LOG = Path.of("target", "invocation-log-test.json");

    private static final String EMAIL = "log.check@example.com";
    private static final String PHONE = "+15005550123";
    private static final String JSON_API = "application/vnd.api+json";

    public static class JsonFileLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true");
        }
    }

    @Test
    void successLineCarriesTheFactsOfTheCall() throws IOException {
        klaviyo.stubFor(post("/api/profiles").inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        klaviyo.stubFor(post("/api/profiles").inScenario("throttled").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON_API).withBody(Fixtures.PROFILE_DOCUMENT)));

        given().contentType("application/json").body("{\"email\": \"" + EMAIL + "\", \"phone\": \"" + PHONE + "\"}")
                .when().post("/actions/createProfile").then().statusCode(200);

        JsonNode mdc = lastInvocationLine("createProfile").get("mdc");
        assertEquals("200", mdc.get("status").asText());
        assertEquals("ok", mdc.get("outcome").asText());
        assertEquals(Fixtures.PROFILE_ID, mdc.get("profileIds").asText());
        assertEquals("2", mdc.get("klaviyoCalls").asText());
        assertEquals("1", mdc.get("klaviyoRetries").asText());
        assertFalse(mdc.get("requestId").asText().isBlank(), "the Lambda request id is logged");
        assertTrue(mdc.get("durationMs").asLong() >= 0);
        assertNoPersonalData();
    }

    @Test
    void failureLineCarriesTheProblemType() throws IOException {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).willReturn(aResponse().withStatus(404)));

        given().contentType("application/json").body("{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}")
                .when().post("/actions/getProfile").then().statusCode(404);

        JsonNode mdc = lastInvocationLine("getProfile").get("mdc");
        assertEquals("404", mdc.get("status").asText());
        assertEquals("urn:klaviyo-actions:problem:klaviyo-not-found", mdc.get("outcome").asText());
        assertEquals("1", mdc.get("klaviyoCalls").asText());
    }

    @Test
    void invalidInputLineNamesTheActionButNotTheInput() throws IOException {
        given().contentType("application/json").body("{\"email\": \"" + EMAIL + " x\", \"phone\": \"" + PHONE + "-\"}")
                .when().post("/actions/createProfile").then().statusCode(400);

        JsonNode mdc = lastInvocationLine("createProfile").get("mdc");
        assertEquals("400", mdc.get("status").asText());
        assertEquals("urn:klaviyo-actions:problem:invalid-input", mdc.get("outcome").asText());
        assertEquals("0", mdc.get("klaviyoCalls").asText());
        assertNoPersonalData();
    }

    private static JsonNode lastInvocationLine(String action) throws IOException {
        List<JsonNode> lines = Files.readAllLines(LOG).stream()
                .map(Json::tree)
                .filter(line -> line.path("loggerName").asText().equals(InvocationLog.class.getName()))
                .filter(line -> line.path("mdc").path("action").asText().equals(action))
                .toList();
        assertFalse(lines.isEmpty(), "no invocation line for " + action + " in " + LOG);
        JsonNode last = lines.get(lines.size() - 1);
        assertEquals("INFO", last.get("level").asText());
        return last;
    }

    private static void assertNoPersonalData() throws IOException {
        String log = Files.readString(LOG);
        assertEquals(List.of(), List.of(EMAIL, PHONE, PHONE.substring(1)).stream().filter(log::contains).toList());
    }
}
