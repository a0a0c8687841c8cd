package io.botactions.klaviyo.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Fixtures.PROFILE;
import static io.botactions.klaviyo.support.Fixtures.PROFILE_DOCUMENT;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.botactions.klaviyo.support.KlaviyoCalls.JSON_API;
import static io.botactions.klaviyo.support.KlaviyoCalls.klaviyoWrite;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code createOrUpdateProfile}: Klaviyo's profile import, and whether it created or updated the profile.
 */
@QuarkusTest
class CreateOrUpdateProfileTest extends KlaviyoTest {

    private static final String IMPORT = "/api/profile-import";

    @Test
    void createdProfileIsReturnedWithCreatedTrue() {
        klaviyo.stubFor(post(IMPORT).willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON_API)
                .withBody(PROFILE_DOCUMENT)));

        String output = given().contentType("application/json").body("""
                {"email": "ada@example.com", "externalId": "crm-42", "firstName": "Ada", "properties": {"plan": "pro"}}
                """)
                .when().post("/actions/createOrUpdateProfile")
                .then().statusCode(200).contentType("application/json").extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE + ", \"created\": true}", output);
        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(IMPORT))).withRequestBody(equalToJson("""
                {"data": {"type": "profile", "attributes": {"email": "ada@example.com", "external_id": "crm-42",
                  "first_name": "Ada", "properties": {"plan": "pro"}}}}
                """)));
    }

    @Test
    void updatedProfileIsReturnedWithCreatedFalse() {
        klaviyo.stubFor(post(IMPORT).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON_API)
                .withBody(PROFILE_DOCUMENT)));

        String output = given().contentType("application/json").body("{\"phone\": \"+15005550006\", \"lastName\": \"Lovelace\"}")
                .when().post("/actions/createOrUpdateProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE + ", \"created\": false}", output);
        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(IMPORT))).withRequestBody(equalToJson("""
                {"data": {"type": "profile", "attributes": {"phone_number": "+15005550006", "last_name": "Lovelace"}}}
                """)));
    }

    @Test
    void externalIdAloneIdentifiesTheProfile() {
        klaviyo.stubFor(post(IMPORT).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON_API)
                .withBody(PROFILE_DOCUMENT)));

        given().contentType("application/json").body("{\"externalId\": \"crm-42\", \"title\": \"Countess\"}")
                .when().post("/actions/createOrUpdateProfile")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(IMPORT))).withRequestBody(equalToJson("""
                {"data": {"type": "profile", "attributes": {"external_id": "crm-42", "title": "Countess"}}}
                """)));
    }
}
