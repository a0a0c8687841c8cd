package io.botactions.klaviyo.error;

import static io.botactions.klaviyo.support.Json.assertProblem;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests that cannot be read get a 4xx problem, never a 500 or a stack trace, and Klaviyo hears nothing.
 */
@QuarkusTest
class HttpErrorsTest extends KlaviyoTest {

    @Test
    void malformedJsonAnswers400() {
        String problem = given().contentType("application/json").body("{\"email\": ")
                .when().post("/actions/createProfile")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:invalid-input", "title": "The input is not valid", "status": 400,
                 "detail": "The body is not well-formed JSON."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void emptyBodyAnswers400NamingTheBody() {
        String problem = given().contentType("application/json")
                .when().post("/actions/createProfile")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:invalid-input", "title": "The input is not valid", "status": 400,
                 "detail": "The input breaks 1 rule(s).", "violations": [{"field": "body", "message": "a JSON body is required"}]}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void wrongContentTypeAnswers415() {
        String problem = given().contentType("text/plain").body("email=ada@example.com")
                .when().post("/actions/createProfile")
                .then().statusCode(415).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:unsupported-media-type", "title": "Unsupported media type", "status": 415,
                 "detail": "Send the input as application/json."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void unknownActionAnswers404() {
        String problem = given().contentType("application/json").body("{}")
                .when().post("/actions/deleteProfile")
                .then().statusCode(404).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:not-found", "title": "No such route", "status": 404,
                 "detail": "There is no action at this path. The actions are POST /actions/<name>."}
                """, problem);
    }

    @Test
    void getOnAnActionAnswers405() {
        String problem = given()
                .when().get("/actions/createProfile")
                .then().statusCode(405).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:method-not-allowed", "title": "Method not allowed", "status": 405,
                 "detail": "The actions accept POST only."}
                """, problem);
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        String problem = given().contentType("application/json").body("{\"pageSize\": \"twenty\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:invalid-input", "title": "The input is not valid", "status": 400,
                 "detail": "The input breaks 1 rule(s).", "violations": [{"field": "pageSize", "message": "must be a number"}]}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void bodyOverOneMegabyteAnswers413() {
        String huge = "{\"firstName\": \"" + "a".repeat(1_100_000) + "\"}";

        String problem = given().contentType("application/json").body(huge)
                .when().post("/actions/createProfile")
                .then().statusCode(413).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:payload-too-large", "title": "The body is too large", "status": 413,
                 "detail": "The body is larger than the function accepts."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }
}
