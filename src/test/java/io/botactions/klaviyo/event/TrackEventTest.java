package io.botactions.klaviyo.event;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.botactions.klaviyo.support.KlaviyoCalls.klaviyoWrite;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.Json;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code trackEvent}: the event Klaviyo receives, with the bot's unique id or a generated one.
 */
@QuarkusTest
class TrackEventTest extends KlaviyoTest {

    private static final String EVENTS = "/api/events";

    @Test
    void sendsTheMetricProfilePropertiesValueTimeAndUniqueId() {
        klaviyo.stubFor(post(EVENTS).willReturn(aResponse().withStatus(202)));

        String output = given().contentType("application/json").body("""
                {"metricName": "Viewed Product", "email": "ada@example.com", "properties": {"sku": "AE-1", "qty": 2},
                 "value": 9.99, "time": "2026-01-02T03:04:05Z", "uniqueId": "order-42-viewed"}
                """)
                .when().post("/actions/trackEvent")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"success\": true, \"uniqueId\": \"order-42-viewed\"}", output);
        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(EVENTS))).withRequestBody(equalToJson("""
                {"data": {"type": "event", "attributes": {
                  "properties": {"sku": "AE-1", "qty": 2}, "time": "2026-01-02T03:04:05Z", "value": 9.99,
                  "unique_id": "order-42-viewed",
                  "metric": {"data": {"type": "metric", "attributes": {"name": "Viewed Product"}}},
                  "profile": {"data": {"type": "profile", "attributes": {"email": "ada@example.com"}}}}}}
                """)));
    }

    @Test
    void profileIdAloneSendsEmptyPropertiesAndAGeneratedUniqueId() {
        klaviyo.stubFor(post(EVENTS).willReturn(aResponse().withStatus(202)));

        String output = given().contentType("application/json")
                .body("{\"metricName\": \"Asked For Help\", \"profileId\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\"}")
                .when().post("/actions/trackEvent")
                .then().statusCode(200).extract().asString();

        String uniqueId = Json.tree(output).path("uniqueId").asText();
        assertEquals(uniqueId, UUID.fromString(uniqueId).toString(), "the generated unique id is a UUID");
        assertJsonEquals("{\"success\": true, \"uniqueId\": \"" + uniqueId + "\"}", output);
        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(EVENTS))).withRequestBody(equalToJson("""
                {"data": {"type": "event", "attributes": {"properties": {}, "unique_id": "%s",
                  "metric": {"data": {"type": "metric", "attributes": {"name": "Asked For Help"}}},
                  "profile": {"data": {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B", "attributes": {}}}}}}
                """.formatted(uniqueId))));
    }

    @Test
    void phoneAndExternalIdAreSentAsKlaviyoProfileAttributes() {
        klaviyo.stubFor(post(EVENTS).willReturn(aResponse().withStatus(202)));

        given().contentType("application/json").body("""
                {"metricName": "Chat Started", "phone": "+15005550006", "externalId": "crm-42", "uniqueId": "chat-7"}
                """)
                .when().post("/actions/trackEvent")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(EVENTS))).withRequestBody(equalToJson("""
                {"data": {"type": "event", "attributes": {"properties": {}, "unique_id": "chat-7",
                  "metric": {"data": {"type": "metric", "attributes": {"name": "Chat Started"}}},
                  "profile": {"data": {"type": "profile",
                                       "attributes": {"phone_number": "+15005550006", "external_id": "crm-42"}}}}}}
                """)));
    }
}
