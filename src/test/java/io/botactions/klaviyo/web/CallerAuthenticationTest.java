package io.botactions.klaviyo.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Json.assertProblem;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.KlaviyoStub;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Only the holder of the deployment's caller token gets an action run; everyone else gets 401 and Klaviyo hears
 * nothing.
 */
@QuarkusTest
class CallerAuthenticationTest extends KlaviyoTest {

    private static final String PROFILE_INPUT = "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}";

    @Override
    protected String callerToken() {
        return null;
    }

    @Test
    void missingHeaderAnswers401WithTheBearerChallenge() {
        String problem = given().contentType("application/json").body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json")
                .extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:unauthorized", "title": "Caller not authenticated", "status": 401,
                 "detail": "Send the deployment's caller token as Authorization: Bearer <token>."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Basic " + KlaviyoStub.CALLER_TOKEN, KlaviyoStub.CALLER_TOKEN, "Bearer" })
    void wrongSchemeAnswers401(String authorization) {
        given().contentType("application/json").header("Authorization", authorization).body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");

        klaviyo.verifyNothingReceived();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer wrong-token", "Bearer " + KlaviyoStub.CALLER_TOKEN + "x", "Bearer caller-token" })
    void wrongTokenAnswers401(String authorization) {
        String problem = given().contentType("application/json").header("Authorization", authorization).body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:unauthorized", "title": "Caller not authenticated", "status": 401,
                 "detail": "The caller token is not the deployment's."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void invalidInputFromAnUnknownCallerStillAnswers401() {
        given().contentType("application/json").body("{\"profileId\": \"../x\"}")
                .when().post("/actions/getProfile")
                .then().statusCode(401);

        klaviyo.verifyNothingReceived();
    }

    @Test
    void rightTokenRunsTheAction() {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID))
                .willReturn(okForContentType("application/vnd.api+json", Fixtures.PROFILE_DOCUMENT)));

        given().contentType("application/json").header("Authorization", "Bearer " + KlaviyoStub.CALLER_TOKEN)
                .body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(200);

        klaviyo.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)));
    }
}
