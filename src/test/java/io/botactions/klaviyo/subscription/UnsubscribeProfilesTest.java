package io.botactions.klaviyo.subscription;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.botactions.klaviyo.support.KlaviyoCalls.klaviyoWrite;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code unsubscribeProfiles}: the bulk unsubscription job Klaviyo receives, and success once it accepted the job.
 */
@QuarkusTest
class UnsubscribeProfilesTest extends KlaviyoTest {

    private static final String JOBS = "/api/profile-subscription-bulk-delete-jobs";

    @Test
    void unsubscribesEmailAndSmsFromAList() {
        klaviyo.stubFor(post(JOBS).willReturn(aResponse().withStatus(202)));

        String output = given().contentType("application/json").body("""
                {"profileUnsubscriptions": [
                   {"email": "ada@example.com", "phone": "+15005550006", "emailMarketing": true, "smsMarketing": true},
                   {"email": "charles@example.com", "phone": "+15005550007", "emailMarketing": true}],
                 "listId": "Y6nRLr"}
                """)
                .when().post("/actions/unsubscribeProfiles")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"success\": true}", output);
        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(JOBS))).withRequestBody(equalToJson("""
                {"data": {"type": "profile-subscription-bulk-delete-job",
                  "attributes": {"profiles": {"data": [
                    {"type": "profile", "attributes": {"email": "ada@example.com", "phone_number": "+15005550006",
                      "subscriptions": {"email": {"marketing": {"consent": "UNSUBSCRIBED"}},
                                        "sms": {"marketing": {"consent": "UNSUBSCRIBED"}}}}},
                    {"type": "profile", "attributes": {"email": "charles@example.com", "phone_number": "+15005550007",
                      "subscriptions": {"email": {"marketing": {"consent": "UNSUBSCRIBED"}}}}}]}},
                  "relationships": {"list": {"data": {"type": "list", "id": "Y6nRLr"}}}}}
                """)));
    }

    @Test
    void withoutAListSendsNoListRelationship() {
        klaviyo.stubFor(post(JOBS).willReturn(aResponse().withStatus(202)));

        given().contentType("application/json")
                .body("{\"profileUnsubscriptions\": [{\"phone\": \"+15005550006\", \"smsMarketing\": true}]}")
                .when().post("/actions/unsubscribeProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(JOBS))).withRequestBody(equalToJson("""
                {"data": {"type": "profile-subscription-bulk-delete-job",
                  "attributes": {"profiles": {"data": [
                    {"type": "profile", "attributes": {"phone_number": "+15005550006",
                      "subscriptions": {"sms": {"marketing": {"consent": "UNSUBSCRIBED"}}}}}]}}}}
                """)));
    }
}
