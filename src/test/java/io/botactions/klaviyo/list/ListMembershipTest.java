package io.botactions.klaviyo.list;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
 * {@code addProfilesToList} and {@code removeProfilesFromList}: the list relationship call Klaviyo receives, with
 * the profiles in a JSON:API body, also on the DELETE.
 */
@QuarkusTest
class ListMembershipTest extends KlaviyoTest {

    private static final String MEMBERS = "/api/lists/Y6nRLr/relationships/profiles";
    private static final String INPUT = """
            {"listId": "Y6nRLr", "profileIds": ["01HZX3K5QG0A7N3Y9Q2ZKQ7C1B", "01HZX3K5QG0A7N3Y9Q2ZKQ7C1C"]}
            """;
    private static final String PROFILES = """
            {"data": [{"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B"},
                      {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1C"}]}
            """;

    @Test
    void addProfilesToListPostsTheProfileIds() {
        klaviyo.stubFor(post(MEMBERS).willReturn(aResponse().withStatus(204)));

        String output = given().contentType("application/json").body(INPUT)
                .when().post("/actions/addProfilesToList")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"success\": true}", output);
        klaviyo.verify(1, klaviyoWrite(postRequestedFor(urlEqualTo(MEMBERS))).withRequestBody(equalToJson(PROFILES)));
    }

    @Test
    void removeProfilesFromListDeletesWithTheProfileIdsInTheBody() {
        klaviyo.stubFor(delete(MEMBERS).willReturn(aResponse().withStatus(204)));

        String output = given().contentType("application/json").body(INPUT)
                .when().post("/actions/removeProfilesFromList")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"success\": true}", output);
        klaviyo.verify(1, klaviyoWrite(deleteRequestedFor(urlEqualTo(MEMBERS))).withRequestBody(equalToJson(PROFILES)));
    }
}
