package io.botactions.klaviyo.error;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Json.assertProblem;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Klaviyo's refusals reach the bot as problems that keep Klaviyo's status and details.
 */
@QuarkusTest
class KlaviyoErrorsTest extends KlaviyoTest {

    private static final String JSON_API = "application/vnd.api+json";

    @Test
    void duplicateCreateAnswers409WithTheExistingProfileId() {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(409).withHeader("Content-Type", JSON_API)
                .withBody("""
                        {"errors": [{"id": "7c5a3f2e-1b4d-4e8f-9a6b-2c1d0e9f8a7b", "status": 409, "code": "duplicate_profile",
                          "title": "Conflict.", "detail": "A profile already exists with one of these identifiers.",
                          "source": {"pointer": "/data/attributes"},
                          "meta": {"duplicate_profile_id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B"}}]}
                        """)));

        String problem = given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(409).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-conflict", "title": "Klaviyo reports a conflict", "status": 409,
                 "detail": "A profile with this email or phone already exists: 01HZX3K5QG0A7N3Y9Q2ZKQ7C1B.",
                 "errors": [{"code": "duplicate_profile", "title": "Conflict.",
                             "detail": "A profile already exists with one of these identifiers.", "pointer": "/data/attributes"}],
                 "duplicateProfileId": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B"}
                """, problem);
    }

    @Test
    void klaviyo400KeepsEachErrorsDetailAndPointer() {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON_API)
                .withBody("""
                        {"errors": [
                          {"id": "1", "status": 400, "code": "invalid", "title": "Invalid input.",
                           "detail": "Invalid phone number format", "source": {"pointer": "/data/attributes/phone_number"}},
                          {"id": "2", "status": 400, "code": "invalid", "title": "Invalid input.",
                           "detail": "Unsupported locale", "source": {"pointer": "/data/attributes/locale"}}]}
                        """)));

        String problem = given().contentType("application/json").body("{\"phone\": \"+15005550006\", \"locale\": \"xx-XX\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-bad-request", "title": "Klaviyo refused the request", "status": 400,
                 "detail": "Klaviyo answered 400.",
                 "errors": [
                   {"code": "invalid", "title": "Invalid input.", "detail": "Invalid phone number format",
                    "pointer": "/data/attributes/phone_number"},
                   {"code": "invalid", "title": "Invalid input.", "detail": "Unsupported locale", "pointer": "/data/attributes/locale"}]}
                """, problem);
    }

    @Test
    void unknownProfileAnswers404WithKlaviyosDetail() {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/01HZX3K5QG0A7N3Y9Q2ZKQ7C1B")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", JSON_API).withBody("""
                        {"errors": [{"id": "3", "status": 404, "code": "not_found", "title": "Not found.",
                          "detail": "A profile with id 01HZX3K5QG0A7N3Y9Q2ZKQ7C1B does not exist."}]}
                        """)));

        String problem = given().contentType("application/json").body("{\"profileId\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\"}")
                .when().post("/actions/getProfile")
                .then().statusCode(404).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-not-found", "title": "Klaviyo has no such resource", "status": 404,
                 "detail": "Klaviyo answered 404.",
                 "errors": [{"code": "not_found", "title": "Not found.",
                             "detail": "A profile with id 01HZX3K5QG0A7N3Y9Q2ZKQ7C1B does not exist."}]}
                """, problem);
    }

    @Test
    void klaviyoErrorWithoutAJsonBodyStillAnswersAProblem() {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

        String problem = given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(502).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-failed", "title": "Klaviyo failed", "status": 502,
                 "detail": "Klaviyo answered 500."}
                """, problem);
    }

    @Test
    void refusedKeyAnswers502ForTheOperator() {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(401).withHeader("Content-Type", JSON_API)
                .withBody("{\"errors\": [{\"id\": \"4\", \"status\": 401, \"code\": \"not_authenticated\","
                        + " \"title\": \"Authentication credentials were not provided.\", \"detail\": \"Missing or invalid private key.\"}]}")));

        String problem = given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(502).extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-credentials", "title": "Klaviyo refused the API key", "status": 502,
                 "detail": "Klaviyo answered 401: the API key is missing, malformed or revoked. Check the deployment's key.",
                 "errors": [{"code": "not_authenticated", "title": "Authentication credentials were not provided.",
                             "detail": "Missing or invalid private key."}]}
                """, problem);
    }

    @Test
    void missingScopeAnswers502NamingTheScopes() {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(403).withHeader("Content-Type", JSON_API)
                .withBody("{\"errors\": [{\"id\": \"5\", \"status\": 403, \"code\": \"permission_denied\","
                        + " \"title\": \"You do not have permission to perform this action.\", \"detail\": \"Missing scope profiles:write.\"}]}")));

        String problem = given().contentType("application/json").body("{\"email\": \"ada@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(502).extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:klaviyo-credentials", "title": "Klaviyo refused the API key", "status": 502,
                 "detail": "Klaviyo answered 403: the API key lacks a scope this action needs (profiles:read, profiles:write, subscriptions:write, lists:write, events:write).",
                 "errors": [{"code": "permission_denied", "title": "You do not have permission to perform this action.",
                             "detail": "Missing scope profiles:write."}]}
                """, problem);
    }
}
