package io.botactions.klaviyo.klaviyo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.botactions.klaviyo.support.Json.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.Json;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * How the actions ride out a throttling, failing or slow Klaviyo, with the number of calls Klaviyo receives
 * counted.
 */
@QuarkusTest
@TestProfile(FastResilience.class)
class ResilienceTest extends KlaviyoTest {

    private static final String JSON_API = "application/vnd.api+json";
    private static final String PROFILE_PATH = "/api/profiles/" + Fixtures.PROFILE_ID;
    private static final String GET_PROFILE = "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}";

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void throttledCreateWaitsForRetryAfterThenSucceeds() {
        klaviyo.stubFor(post("/api/profiles").inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(klaviyoError(429).withHeader("Retry-After", "1")).willSetStateTo("allowed"));
        klaviyo.stubFor(post("/api/profiles").inScenario("throttled").whenScenarioStateIs("allowed")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON_API).withBody(Fixtures.PROFILE_DOCUMENT)));

        given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(200);

        List<LoggedRequest> calls = klaviyo.requests();
        assertEquals(2, calls.size());
        long waited = calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime();
        assertTrue(waited >= 1000, "the retry came " + waited + " ms after the 429, before its Retry-After of 1 s");
    }

    @Test
    void twoUnavailableAnswersAreRetriedUntilSuccess() {
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(klaviyoError(503)).willSetStateTo("once"));
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).inScenario("flaky").whenScenarioStateIs("once")
                .willReturn(klaviyoError(503)).willSetStateTo("twice"));
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).inScenario("flaky").whenScenarioStateIs("twice")
                .willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));

        String output = given().contentType("application/json").body(GET_PROFILE)
                .when().post("/actions/getProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + Fixtures.PROFILE + "}", output);
        klaviyo.verify(3, getRequestedFor(urlEqualTo(PROFILE_PATH)));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void brokenConnectionsAreRetriedAFixedNumberOfTimes(Fault fault) {
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(aResponse().withFault(fault)));

        String problem = given().contentType("application/json").body(GET_PROFILE)
                .when().post("/actions/getProfile")
                .then().statusCode(502).extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-failed", "title": "Klaviyo failed", "status": 502,
                 "detail": "Klaviyo could not be reached."}
                """, problem);
        klaviyo.verify(4, getRequestedFor(urlEqualTo(PROFILE_PATH)));
    }

    @Test
    void slowKlaviyoAnswers504WithinTheTimeoutsNotTheDelay() {
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH))
                .willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT).withFixedDelay(6_000)));
        Instant start = Instant.now();

        String problem = given().contentType("application/json").body(GET_PROFILE)
                .when().post("/actions/getProfile")
                .then().statusCode(504).extract().asString();

        Duration took = Duration.between(start, Instant.now());
        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-timeout", "title": "Klaviyo did not answer in time", "status": 504,
                 "detail": "Klaviyo did not answer in time."}
                """, problem);
        assertTrue(took.compareTo(Duration.ofMillis(4_000)) < 0, "answered after " + took + ", not within 4 attempts of 500 ms");
        klaviyo.verify(4, getRequestedFor(urlEqualTo(PROFILE_PATH)));
    }

    @Test
    void retryAfterBeyondTheBudgetIsPassedOnAtOnce() {
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(klaviyoError(429).withHeader("Retry-After", "30")));
        Instant start = Instant.now();

        ExtractableResponse<Response> response = given().contentType("application/json").body(GET_PROFILE)
                .when().post("/actions/getProfile")
                .then().statusCode(429).header("Retry-After", "30").extract();

        assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0, "the caller waited");
        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-rate-limited", "title": "Klaviyo's rate limit is reached", "status": 429,
                 "detail": "Klaviyo's rate limit is reached and the wait it asks for does not fit in this invocation. Try again after Retry-After seconds.",
                 "errors": [{"code": "throttled", "title": "Request was throttled.", "detail": "Request was throttled."}]}
                """, response.asString());
        klaviyo.verify(1, getRequestedFor(urlEqualTo(PROFILE_PATH)));
    }

    @Test
    void circuitOpensAfterRepeatedFailuresAndClosesWhenKlaviyoRecovers() throws InterruptedException {
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(klaviyoError(500)));
        for (int i = 0; i < 4; i++) {
            given().contentType("application/json").body(GET_PROFILE).when().post("/actions/getProfile").then().statusCode(502);
        }

        String problem = given().contentType("application/json").body(GET_PROFILE)
                .when().post("/actions/getProfile")
                .then().statusCode(503).header("Retry-After", "15").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-circuit-open", "title": "Klaviyo is failing; calls are paused", "status": 503,
                 "detail": "Klaviyo failed repeatedly, so calls to it are paused for a short while. Try again later."}
                """, problem);
        klaviyo.verify(4, getRequestedFor(urlEqualTo(PROFILE_PATH)));

        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));
        Thread.sleep(1_100);
        given().contentType("application/json").body(GET_PROFILE).when().post("/actions/getProfile").then().statusCode(200);
        given().contentType("application/json").body(GET_PROFILE).when().post("/actions/getProfile").then().statusCode(200);
        klaviyo.verify(6, getRequestedFor(urlEqualTo(PROFILE_PATH)));
    }

    @Test
    void createWhoseRetryMeetsItsOwnDuplicateReturnsTheProfile() {
        klaviyo.stubFor(post("/api/profiles").inScenario("lost answer").whenScenarioStateIs(STARTED)
                .willReturn(klaviyoError(504)).willSetStateTo("created"));
        klaviyo.stubFor(post("/api/profiles").inScenario("lost answer").whenScenarioStateIs("created")
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", JSON_API).withBody("""
                        {"errors": [{"id": "1", "status": 409, "code": "duplicate_profile", "title": "Conflict.",
                          "detail": "A profile already exists with one of these identifiers.",
                          "meta": {"duplicate_profile_id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B"}}]}
                        """)));
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));

        String output = given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + Fixtures.PROFILE + "}", output);
        klaviyo.verify(2, postRequestedFor(urlEqualTo("/api/profiles")));
        klaviyo.verify(1, getRequestedFor(urlEqualTo(PROFILE_PATH)));
    }

    @Test
    void refusedRequestIsNotRetried() {
        klaviyo.stubFor(post("/api/profiles").willReturn(klaviyoError(400)));

        given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(400);

        klaviyo.verify(1, postRequestedFor(urlEqualTo("/api/profiles")));
    }

    @Test
    void aRetriedEventCarriesTheSameGeneratedUniqueIdSoKlaviyoCountsItOnce() {
        klaviyo.stubFor(post("/api/events").inScenario("event").whenScenarioStateIs(STARTED)
                .willReturn(klaviyoError(503)).willSetStateTo("recovered"));
        klaviyo.stubFor(post("/api/events").inScenario("event").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(202)));

        String uniqueId = given().contentType("application/json")
                .body("{\"metricName\": \"Chat Started\", \"email\": \"ada@example.com\"}")
                .when().post("/actions/trackEvent")
                .then().statusCode(200).extract().path("uniqueId");

        List<String> sent = klaviyo.requests().stream()
                .map(request -> Json.tree(request.getBodyAsString()).at("/data/attributes/unique_id").asText())
                .toList();
        assertEquals(List.of(uniqueId, uniqueId), sent);
    }

    private static ResponseDefinitionBuilder klaviyoError(int status) {
        String code = status == 429 ? "throttled" : status >= 500 ? "error" : "invalid";
        String title = status == 429 ? "Request was throttled." : status >= 500 ? "A server error occurred." : "Invalid input.";
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_API).withBody("""
                {"errors": [{"id": "1", "status": %d, "code": "%s", "title": "%s", "detail": "%s"}]}
                """.formatted(status, code, title, title));
    }
}
