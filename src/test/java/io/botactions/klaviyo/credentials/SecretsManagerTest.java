package io.botactions.klaviyo.credentials;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.KlaviyoStub;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The Klaviyo key and the caller token come from Secrets Manager, read once per container with a signed request,
 * and read again once when Klaviyo refuses the key. The tests share one container, so they run in order.
 */
@QuarkusTest
@QuarkusTestResource(value = SecretsManagerStub.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretsManagerTest extends KlaviyoTest {

    private static final String JSON_API = "application/vnd.api+json";
    private static final String PROFILE_PATH = "/api/profiles/" + Fixtures.PROFILE_ID;
    private static final String PROFILE_INPUT = "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}";

    @Test
    @Order(1)
    void readsTheSecretOnceWithASignedRequestAcrossInvocations() {
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));

        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(PROFILE_INPUT)
                    .when().post("/actions/getProfile")
                    .then().statusCode(200);
        }

        klaviyo.verify(3, getRequestedFor(urlEqualTo(PROFILE_PATH))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + SecretsManagerStub.KEY)));
        SecretsManagerStub.server.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withHeader("Content-Type", equalTo("application/x-amz-json-1.1"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/eu-west-1/secretsmanager/aws4_request,"
                        + " SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}"))
                .withRequestBody(equalToJson("{\"SecretId\": \"klaviyo-actions/prod\"}")));
    }

    @Test
    @Order(2)
    void theEnvironmentsCallerTokenYieldsToTheSecrets() {
        RestAssured.requestSpecification = null;

        given().contentType("application/json").header("Authorization", "Bearer " + KlaviyoStub.CALLER_TOKEN).body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(401);

        klaviyo.verifyNothingReceived();
    }

    @Test
    @Order(3)
    void refusedKeyIsReadAgainAndTheCallRepeatedOnceWithTheNewKey() {
        SecretsManagerStub.server.resetRequests();
        SecretsManagerStub.answerSecret(SecretsManagerStub.ROTATED_KEY);
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).withHeader("Authorization", equalTo("Klaviyo-API-Key " + SecretsManagerStub.KEY))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", JSON_API).withBody(
                        "{\"errors\": [{\"id\": \"1\", \"status\": 401, \"code\": \"not_authenticated\", \"title\": \"Authentication credentials were not provided.\", \"detail\": \"Missing or invalid private key.\"}]}")));
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).withHeader("Authorization", equalTo("Klaviyo-API-Key " + SecretsManagerStub.ROTATED_KEY))
                .willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));

        given().contentType("application/json").body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(200);

        klaviyo.verify(2, getRequestedFor(urlEqualTo(PROFILE_PATH)));
        klaviyo.verify(1, getRequestedFor(urlEqualTo(PROFILE_PATH))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + SecretsManagerStub.ROTATED_KEY)));
        SecretsManagerStub.server.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    @Order(4)
    void refusedKeyThatDidNotRotateIsReportedWithoutLooping() {
        SecretsManagerStub.server.resetRequests();
        klaviyo.stubFor(get(urlEqualTo(PROFILE_PATH)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", JSON_API)
                .withBody("{\"errors\": [{\"id\": \"1\", \"status\": 401, \"code\": \"not_authenticated\", \"title\": \"Not authenticated.\", \"detail\": \"Missing or invalid private key.\"}]}")));

        given().contentType("application/json").body(PROFILE_INPUT)
                .when().post("/actions/getProfile")
                .then().statusCode(502)
                .body("type", org.hamcrest.Matchers.equalTo("urn:klaviyo-actions:problem:klaviyo-credentials"));

        klaviyo.verify(1, getRequestedFor(urlEqualTo(PROFILE_PATH)));
        SecretsManagerStub.server.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Override
    protected String callerToken() {
        return SecretsManagerStub.CALLER_TOKEN;
    }
}
