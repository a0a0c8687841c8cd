package io.botactions.klaviyo.botpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.KlaviyoStub;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The Botpress integration protocol: each operation with the headers Botpress's SDK sends, each action through
 * {@code action_triggered}, and the error body Botpress shows the bot builder.
 */
@QuarkusTest
class BotpressEndpointTest extends KlaviyoTest {

    private static final String JSON_API = "application/vnd.api+json";
    private static final String BOT_KEY = "pk_bot_owned_4e5f6a7b";
    private static final String ACCOUNTS = "{\"data\": [{\"type\": \"account\", \"id\": \"XyZ123\", \"attributes\": {}}]}";

    @Test
    void pingAnswers200() {
        String body = botpress("ping", configuration("{}")).body("{}")
                .when().post("/botpress")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{}", body);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void unregisterAnswers200() {
        botpress("unregister", configuration("{}")).body("{}").when().post("/botpress").then().statusCode(200);

        klaviyo.verifyNothingReceived();
    }

    @Test
    void registerChecksTheBotsKeyWithOneAccountsCall() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/accounts")).willReturn(okForContentType(JSON_API, ACCOUNTS)));

        botpress("register", botKeyConfiguration()).body("{\"webhookUrl\": \"https://webhook.botpress.cloud/abc\"}")
                .when().post("/botpress")
                .then().statusCode(200);

        klaviyo.verify(1, getRequestedFor(urlEqualTo("/api/accounts"))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + BOT_KEY))
                .withHeader("revision", equalTo("2026-07-15")));
    }

    @Test
    void registerWithAKeyKlaviyoRefusesFailsWithAClearMessage() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/accounts")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON_API).withBody("{\"errors\": [{\"id\": \"1\", \"status\": 401,"
                        + " \"code\": \"not_authenticated\", \"title\": \"Not authenticated.\", \"detail\": \"Missing or invalid private key.\"}]}")));

        botpress("register", botKeyConfiguration()).body("{\"webhookUrl\": \"https://webhook.botpress.cloud/abc\"}")
                .when().post("/botpress")
                .then().statusCode(502).contentType("application/json")
                .body("code", is(502))
                .body("type", is("Runtime"))
                .body("message", matchesPattern("Klaviyo refused the API key: Klaviyo answered 401: the API key is missing,"
                        + " malformed or revoked\\. Check the deployment's key\\. Klaviyo: Missing or invalid private key\\."
                        + " \\[urn:klaviyo-actions:problem:klaviyo-credentials, request .+]"));
    }

    @Test
    void createProfileTriggeredWithTheBotsKey() {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON_API)
                .withBody(Fixtures.PROFILE_DOCUMENT)));

        String body = botpress("action_triggered", botKeyConfiguration())
                .body("{\"type\": \"createProfile\", \"input\": {\"email\": \"ada@example.com\", \"firstName\": \"Ada\"}}")
                .when().post("/botpress")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"output\": {\"profile\": " + Fixtures.PROFILE + "}, \"meta\": {}}", body);
        klaviyo.verify(1, postRequestedFor(urlEqualTo("/api/profiles"))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + BOT_KEY))
                .withRequestBody(equalToJson(
                        "{\"data\": {\"type\": \"profile\", \"attributes\": {\"email\": \"ada@example.com\", \"first_name\": \"Ada\"}}}")));
    }

    @Test
    void withoutABotKeyTheDeploymentsKeyIsUsed() {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));

        String body = botpress("action_triggered", configuration("{}"))
                .body("{\"type\": \"getProfile\", \"input\": {\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}}")
                .when().post("/botpress")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"output\": {\"profile\": " + Fixtures.PROFILE + "}, \"meta\": {}}", body);
        klaviyo.verify(1, getRequestedFor(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + KlaviyoStub.API_KEY)));
    }

    @Test
    void updateProfileTriggered() {
        klaviyo.stubFor(patch(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).willReturn(okForContentType(JSON_API, Fixtures.PROFILE_DOCUMENT)));

        String body = botpress("action_triggered", botKeyConfiguration())
                .body("{\"type\": \"updateProfile\", \"input\": {\"profileId\": \"" + Fixtures.PROFILE_ID + "\", \"title\": \"Countess\"}}")
                .when().post("/botpress")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"output\": {\"profile\": " + Fixtures.PROFILE + "}, \"meta\": {}}", body);
        klaviyo.verify(1, patchRequestedFor(urlEqualTo("/api/profiles/" + Fixtures.PROFILE_ID)).withRequestBody(equalToJson(
                "{\"data\": {\"type\": \"profile\", \"id\": \"" + Fixtures.PROFILE_ID + "\", \"attributes\": {\"title\": \"Countess\"}}}")));
    }

    @Test
    void getProfilesTriggered() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API,
                "{\"data\": [" + Fixtures.KLAVIYO_PROFILE + "]}")));

        String body = botpress("action_triggered", botKeyConfiguration())
                .body("{\"type\": \"getProfiles\", \"input\": {\"filterField\": \"email\", \"filterOperator\": \"equals\","
                        + " \"filterValue\": \"ada@example.com\"}}")
                .when().post("/botpress")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"output\": {\"profiles\": [" + Fixtures.PROFILE + "]}, \"meta\": {}}", body);
        klaviyo.verify(1, getRequestedFor(urlPathEqualTo("/api/profiles"))
                .withQueryParam("filter", equalTo("equals(email,\"ada@example.com\")")));
    }

    @Test
    void subscribeProfilesTriggered() {
        klaviyo.stubFor(post("/api/profile-subscription-bulk-create-jobs").willReturn(aResponse().withStatus(202)));

        String body = botpress("action_triggered", botKeyConfiguration())
                .body("{\"type\": \"subscribeProfiles\", \"input\": {\"profileSubscriptions\": [{\"email\": \"ada@example.com\","
                        + " \"emailConsent\": true}]}}")
                .when().post("/botpress")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"output\": {\"success\": true}, \"meta\": {}}", body);
        klaviyo.verify(1, postRequestedFor(urlEqualTo("/api/profile-subscription-bulk-create-jobs"))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + BOT_KEY)));
    }

    @Test
    void invalidInputNamesTheFieldInTheMessage() {
        botpress("action_triggered", botKeyConfiguration())
                .body("{\"type\": \"createProfile\", \"input\": {\"phone\": \"5005550006\"}}")
                .when().post("/botpress")
                .then().statusCode(400)
                .body("code", is(400))
                .body("type", is("Runtime"))
                .body("message", matchesPattern("The input is not valid: The input breaks 1 rule\\(s\\)\\."
                        + " phone must be an E\\.164 phone number such as \\+15005550006\\."
                        + " \\[urn:klaviyo-actions:problem:invalid-input, request .+]"));

        klaviyo.verifyNothingReceived();
    }

    @Test
    void unknownActionTypeAnswers400ListingTheActions() {
        botpress("action_triggered", botKeyConfiguration()).body("{\"type\": \"deleteProfile\", \"input\": {}}")
                .when().post("/botpress")
                .then().statusCode(400)
                .body("message", matchesPattern(".*type must be one of addProfilesToList, createOrUpdateProfile, createProfile,"
                        + " getProfile, getProfiles, removeProfilesFromList, subscribeProfiles, trackEvent, unsubscribeProfiles,"
                        + " updateProfile\\..*"));

        klaviyo.verifyNothingReceived();
    }

    @ParameterizedTest
    @ValueSource(strings = { "message_created", "webhook_received", "create_user", "create_conversation" })
    void operationsWithoutMeaningForKlaviyoAnswer400(String operation) {
        botpress(operation, botKeyConfiguration()).body("{}")
                .when().post("/botpress")
                .then().statusCode(400)
                .body("message", matchesPattern(".*x-bp-operation " + operation
                        + " is not supported: the Klaviyo integration has no channels, users or webhooks\\..*"));

        klaviyo.verifyNothingReceived();
    }

    @Test
    void missingOperationHeaderAnswers400NamingIt() {
        given().contentType("application/json").header(BotpressEndpoint.CONFIGURATION, botKeyConfiguration()).body("{}")
                .when().post("/botpress")
                .then().statusCode(400)
                .body("message", matchesPattern(".*x-bp-operation is required\\..*"));
    }

    @Test
    void missingConfigurationHeaderAnswers400NamingIt() {
        given().contentType("application/json").header(BotpressEndpoint.OPERATION, "action_triggered")
                .body("{\"type\": \"getProfile\", \"input\": {\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}}")
                .when().post("/botpress")
                .then().statusCode(400)
                .body("message", matchesPattern(".*x-bp-configuration is required\\..*"));

        klaviyo.verifyNothingReceived();
    }

    @ParameterizedTest
    @ValueSource(strings = { "not base64!", "bm90IGpzb24=", "WzEsMl0=" })
    void brokenConfigurationHeaderAnswers400NamingIt(String configuration) {
        botpress("action_triggered", configuration)
                .body("{\"type\": \"getProfile\", \"input\": {\"profileId\": \"" + Fixtures.PROFILE_ID + "\"}}")
                .when().post("/botpress")
                .then().statusCode(400)
                .body("message", matchesPattern(".*x-bp-configuration must be base64 of a JSON object\\..*"));

        klaviyo.verifyNothingReceived();
    }

    @Test
    void callerWithoutTheTokenAnswers401InBotpressShape() {
        RestAssured.requestSpecification = null;

        given().contentType("application/json").header(BotpressEndpoint.OPERATION, "ping")
                .header(BotpressEndpoint.CONFIGURATION, botKeyConfiguration())
                .body("{}")
                .when().post("/botpress")
                .then().statusCode(401)
                .body("code", is(401))
                .body("type", is("Runtime"));
    }

    @Test
    void tokenInTheIntegrationUrlIsAccepted() {
        RestAssured.requestSpecification = null;

        given().contentType("application/json").header(BotpressEndpoint.OPERATION, "ping")
                .header(BotpressEndpoint.CONFIGURATION, botKeyConfiguration())
                .body("{}")
                .when().post("/botpress/" + KlaviyoStub.CALLER_TOKEN)
                .then().statusCode(200);
    }

    @Test
    void wrongTokenInTheIntegrationUrlAnswers401() {
        RestAssured.requestSpecification = null;

        given().contentType("application/json").header(BotpressEndpoint.OPERATION, "ping")
                .header(BotpressEndpoint.CONFIGURATION, botKeyConfiguration())
                .body("{}")
                .when().post("/botpress/not-the-token")
                .then().statusCode(401)
                .body("message", matchesPattern("Caller not authenticated: The caller token is not the deployment's\\..*"));
    }

    /** The headers Botpress's SDK sends an integration, with the deployment's caller token. */
    private static RequestSpecification botpress(String operation, String configuration) {
        return given().contentType("application/json")
                .header(BotpressEndpoint.OPERATION, operation)
                .header("x-bot-id", "4b1c7a1e-1111-4c2d-9e3f-000000000001")
                .header("x-bot-user-id", "user_01")
                .header("x-integration-id", "intver_01")
                .header("x-webhook-id", "wh_01")
                .header("x-integration-alias", "klaviyo")
                .header("x-bp-configuration-type", "manual")
                .header(BotpressEndpoint.CONFIGURATION, configuration);
    }

    private static String botKeyConfiguration() {
        return configuration("{\"apiKey\": \"" + BOT_KEY + "\"}");
    }

    private static String configuration(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
