package io.botactions.klaviyo.credentials;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Json.assertProblem;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A container that could not read its secret at start: no action runs without a key, each invocation answers 503
 * with what the operator must fix, and the first invocation after the secret becomes readable succeeds.
 */
@QuarkusTest
@QuarkusTestResource(value = SecretsManagerStub.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "initial", value = "denied"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretsManagerFailureTest extends KlaviyoTest {

    private static final String PROFILE_INPUT = "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}";

    @Override
    protected String callerToken() {
        return SecretsManagerStub.CALLER_TOKEN;
    }

    @Test
    @Order(1)
    void accessDeniedAnswers503NamingThePermission() {
        String problem = given().contentType("application/json").body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(503).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:credentials-unavailable", "title": "The Klaviyo key is not available",
                 "status": 503, "detail": "Secrets Manager refused to read secret klaviyo-actions/prod (AccessDeniedException). The function's role needs secretsmanager:GetSecretValue on it, and kms:Decrypt on its key if a customer-managed key encrypts it."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    @Order(2)
    void unreachableSecretsManagerAnswers503() {
        SecretsManagerStub.answerConnectionReset();

        String problem = given().contentType("application/json").body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(503).extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:credentials-unavailable", "title": "The Klaviyo key is not available",
                 "status": 503, "detail": "Secrets Manager could not be reached to read secret klaviyo-actions/prod. Check AWS_REGION and the network path to Secrets Manager."}
                """, problem);
        klaviyo.verifyNothingReceived();
    }

    @Test
    @Order(3)
    void recoversOnTheFirstInvocationAfterTheSecretBecomesReadable() {
        SecretsManagerStub.answerSecret(SecretsManagerStub.KEY);
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID))
                .willReturn(okForContentType("application/vnd.api+json", Fixtures.PROFILE_DOCUMENT)));

        given().contentType("application/json").body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(200);
    }
}
