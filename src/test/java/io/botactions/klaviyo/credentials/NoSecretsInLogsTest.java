package io.botactions.klaviyo.credentials;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.KlaviyoStub;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With every logger at DEBUG and the REST client logging requests and responses, running every action, failures
 * included, writes neither secret nor the customer's email or phone to the log.
 */
@QuarkusTest
@TestProfile(NoSecretsInLogsTest.DebugLogging.class)
@QuarkusTestResource(value = SecretsManagerStub.class, restrictToAnnotatedClass = true)
class NoSecretsInLogsTest extends KlaviyoTest {

    static final Path LOG = Path.of("target", "debug-log-test.log");

    private static final String EMAIL = "leak.check@example.com";
    private static final String PHONE = "+15005550199";
    private static final String JSON_API = "application/vnd.api+json";

    /**
     * Everything at DEBUG, except the test's own stand-ins, which share this JVM but are not part of the function:
     * Jetty serves the Klaviyo and Secrets Manager stand-ins, Apache HttpClient is RestAssured's caller, and both
     * rightly print every header they see.
     */
    public static class DebugLogging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.level", "DEBUG",
                    "quarkus.log.category.\"org.eclipse.jetty\".level", "INFO",
                    "quarkus.log.category.\"org.apache.http\".level", "INFO",
                    "quarkus.log.console.level", "INFO",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.level", "DEBUG",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.rest-client.logging.scope", "request-response",
                    "quarkus.log.category.\"org.jboss.resteasy.reactive.client.logging\".level", "DEBUG");
        }
    }

    @Override
    protected String callerToken() {
        return SecretsManagerStub.CALLER_TOKEN;
    }

    @Test
    void everyActionLeavesNoSecretOrPersonalDataInTheLog() throws IOException {
        String profile = Fixtures.PROFILE_DOCUMENT.replace("ada@example.com", EMAIL).replace("+15005550006", PHONE);
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON_API)
                .withBody(profile)));
        klaviyo.stubFor(patch(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).willReturn(okForContentType(JSON_API, profile)));
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).willReturn(okForContentType(JSON_API, profile)));
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API,
                "{\"data\": [" + profile.substring("{\"data\": ".length(), profile.length() - 1) + "]}")));
        klaviyo.stubFor(post("/api/profile-subscription-bulk-create-jobs").willReturn(aResponse().withStatus(202)));

        run("createProfile", "{\"email\": \"" + EMAIL + "\", \"phone\": \"" + PHONE + "\"}", 200);
        run("updateProfile", "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\", \"phone\": \"" + PHONE + "\"}", 200);
        run("getProfile", "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}", 200);
        run("getProfiles", "{\"filterField\": \"email\", \"filterOperator\": \"equals\", \"filterValue\": \"" + EMAIL + "\"}", 200);
        run("subscribeProfiles", "{\"profileSubscriptions\": [{\"email\": \"" + EMAIL + "\", \"phone\": \"" + PHONE
                + "\", \"emailConsent\": true, \"smsConsent\": true}]}", 200);
        run("createProfile", "{\"email\": \"not-an-email\", \"phone\": \"" + PHONE + "x\"}", 400);
        klaviyo.stubFor(any(urlPathEqualTo("/api/profiles")).willReturn(aResponse().withStatus(409).withHeader("Content-Type", JSON_API)
                .withBody("{\"errors\": [{\"id\": \"1\", \"status\": 409, \"code\": \"duplicate_profile\", \"title\": \"Conflict.\","
                        + " \"detail\": \"A profile already exists with one of these identifiers.\","
                        + " \"meta\": {\"duplicate_profile_id\": \"" + Fixtures.PROFILE_ID + "\"}}]}")));
        run("createProfile", "{\"email\": \"" + EMAIL + "\"}", 409);
        klaviyo.stubFor(any(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).willReturn(aResponse().withStatus(401)));
        run("getProfile", "{\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}", 502);
        given().contentType("application/json").header("Authorization", "Bearer not-" + SecretsManagerStub.CALLER_TOKEN)
                .body("{}").when().post("/actions/getProfiles").then().statusCode(401);

        String log = Files.readString(LOG);
        assertTrue(log.contains("Klaviyo call POST /api/profiles"), "the REST client's debug lines are in the log");
        assertTrue(log.contains("Sending Request: DefaultSdkHttpFullRequest"), "the AWS SDK's debug lines are in the log");
        List<String> leaked = List.of(SecretsManagerStub.KEY, SecretsManagerStub.ROTATED_KEY, SecretsManagerStub.CALLER_TOKEN,
                KlaviyoStub.API_KEY, KlaviyoStub.CALLER_TOKEN, EMAIL, PHONE, PHONE.substring(1), "not-an-email").stream()
                .filter(log::contains)
                .toList();
        assertEquals(List.of(), leaked, "secrets or personal data found in " + LOG);
    }

    private static void run(String action, String input, int status) {
        given().contentType("application/json").body(input).when().post("/actions/" + action).then().statusCode(status);
    }
}
