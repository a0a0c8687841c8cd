package io.botactions.klaviyo.subscription;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.Json;
import io.botactions.klaviyo.support.KlaviyoStub;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code subscribeProfiles}: the bulk subscription job Klaviyo receives, and success once it accepted the job.
 */
@QuarkusTest
class SubscribeProfilesTest extends KlaviyoTest {

    private static final String JOBS = "/api/profile-subscription-bulk-create-jobs";

    @Test
    void subscribesEmailAndSmsToAList() {
        klaviyo.stubFor(post(JOBS).willReturn(aResponse().withStatus(202)));

        String output = given().contentType("application/json").body("""
                {"profileSubscriptions": [
                   {"email": "ada@example.com", "phone": "+15005550006", "emailConsent": true, "smsConsent": true},
                   {"id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B", "email": "charles@example.com", "emailConsent": true}],
                 "listId": "Y6nRLr"}
                """)
                .when().post("/actions/subscribeProfiles")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"success\": true}", output);
        klaviyo.verify(1, postRequestedFor(urlEqualTo(JOBS))
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + KlaviyoStub.API_KEY))
                .withHeader("revision", equalTo("2026-07-15"))
                .withHeader("Content-Type", equalTo("application/vnd.api+json"))
                .withRequestBody(equalToJson("""
                        {"data": {"type": "profile-subscription-bulk-create-job",
                          "attributes": {"profiles": {"data": [
                            {"type": "profile", "attributes": {"email": "ada@example.com", "phone_number": "+15005550006",
                              "subscriptions": {"email": {"marketing": {"consent": "SUBSCRIBED"}},
                                                "sms": {"marketing": {"consent": "SUBSCRIBED"}}}}},
                            {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B", "attributes": {"email": "charles@example.com",
                              "subscriptions": {"email": {"marketing": {"consent": "SUBSCRIBED"}}}}}]}},
                          "relationships": {"list": {"data": {"type": "list", "id": "Y6nRLr"}}}}}
                        """)));
    }

    @Test
    void historicalImportCarriesTheConsentTime() {
        klaviyo.stubFor(post(JOBS).willReturn(aResponse().withStatus(202)));

        given().contentType("application/json").body("""
                {"profileSubscriptions": [{"email": "ada@example.com", "emailConsent": true}],
                 "historicalImport": true, "consentedAt": "2024-01-31T09:00:00Z"}
                """)
                .when().post("/actions/subscribeProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, postRequestedFor(urlEqualTo(JOBS)).withRequestBody(equalToJson("""
                {"data": {"type": "profile-subscription-bulk-create-job",
                  "attributes": {"historical_import": true, "profiles": {"data": [
                    {"type": "profile", "attributes": {"email": "ada@example.com",
                      "subscriptions": {"email": {"marketing": {"consent": "SUBSCRIBED",
                                                                 "consented_at": "2024-01-31T09:00:00Z"}}}}}]}}}}
                """)));
    }

    @Test
    void historicalImportWithoutAConsentTimeUsesTheTimeOfTheCall() {
        klaviyo.stubFor(post(JOBS).willReturn(aResponse().withStatus(202)));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        given().contentType("application/json").body("""
                {"profileSubscriptions": [{"phone": "+15005550006", "smsConsent": true}], "historicalImport": true}
                """)
                .when().post("/actions/subscribeProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, postRequestedFor(urlEqualTo(JOBS))
                .withRequestBody(matchingJsonPath("$.data.attributes.historical_import", equalTo("true"))));
        String sent = klaviyo.requests().get(0).getBodyAsString();
        Instant consentedAt = Instant.parse(Json.tree(sent)
                .at("/data/attributes/profiles/data/0/attributes/subscriptions/sms/marketing/consented_at").asText());
        assertFalse(consentedAt.isBefore(before), "consented_at " + consentedAt + " is before the call");
        assertTrue(consentedAt.isBefore(Instant.now().plusSeconds(1)), "consented_at " + consentedAt + " is in the future");
    }
}
