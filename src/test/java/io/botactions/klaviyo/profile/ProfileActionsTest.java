package io.botactions.klaviyo.profile;

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
import static io.botactions.klaviyo.support.Fixtures.PROFILE;
import static io.botactions.klaviyo.support.Fixtures.PROFILE_DOCUMENT;
import static io.botactions.klaviyo.support.Fixtures.PROFILE_ID;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.botactions.klaviyo.support.Fixtures;
import io.botactions.klaviyo.support.Json;
import io.botactions.klaviyo.support.KlaviyoStub;
import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The profile actions through the Lambda HTTP layer: the exact request Klaviyo receives and the exact output.
 */
@QuarkusTest
class ProfileActionsTest extends KlaviyoTest {

    private static final String JSON_API = "application/vnd.api+json";
    private static final String DUPLICATE = """
            {"errors": [{"id": "7c5a3f2e-1b4d-4e8f-9a6b-2c1d0e9f8a7b", "status": 409, "code": "duplicate_profile",
              "title": "Conflict.", "detail": "A profile already exists with one of these identifiers.",
              "source": {"pointer": "/data/attributes"}, "meta": {"duplicate_profile_id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B"}}]}
            """;

    @Test
    void createProfileSendsEveryAttributeAndReturnsTheStoredProfile() {
        klaviyo.stubFor(post("/api/profiles").willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", JSON_API).withBody(PROFILE_DOCUMENT)));

        String output = given().contentType("application/json").body("""
                {"email": "ada@example.com", "phone": "+15005550006", "firstName": "Ada", "lastName": "Lovelace",
                 "organization": "Analytical Engines", "title": "Countess", "locale": "en-GB",
                 "location": {"address1": "12 St James's Square", "city": "London", "country": "United Kingdom",
                              "zip": "SW1Y 4JH"},
                 "properties": {"plan": "pro"}}
                """)
                .when().post("/actions/createProfile")
                .then().statusCode(200).contentType("application/json").extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE + "}", output);
        klaviyo.verify(1, klaviyoCall(postRequestedFor(urlEqualTo("/api/profiles"))).withRequestBody(equalToJson("""
                {"data": {"type": "profile", "attributes": {
                  "email": "ada@example.com", "phone_number": "+15005550006", "first_name": "Ada",
                  "last_name": "Lovelace", "organization": "Analytical Engines", "title": "Countess", "locale": "en-GB",
                  "location": {"address1": "12 St James's Square", "city": "London", "country": "United Kingdom",
                               "zip": "SW1Y 4JH"},
                  "properties": {"plan": "pro"}}}}
                """)));
    }

    @Test
    void createProfileWithPhoneOnlySendsOnlyThePhone() {
        klaviyo.stubFor(post("/api/profiles").willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", JSON_API).withBody(PROFILE_DOCUMENT)));

        given().contentType("application/json").body("{\"phone\": \"+15005550006\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoCall(postRequestedFor(urlEqualTo("/api/profiles"))).withRequestBody(
                equalToJson("{\"data\": {\"type\": \"profile\", \"attributes\": {\"phone_number\": \"+15005550006\"}}}")));
    }

    @Test
    void updateProfileSendsOnlyTheGivenAttributes() {
        klaviyo.stubFor(patch(urlEqualTo("/api/profiles/" + PROFILE_ID))
                .willReturn(okForContentType(JSON_API, PROFILE_DOCUMENT)));

        String output = given().contentType("application/json")
                .body("{\"profileId\": \"" + PROFILE_ID + "\", \"lastName\": \"Lovelace\", \"location\": {\"city\": \"London\"}}")
                .when().post("/actions/updateProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE + "}", output);
        klaviyo.verify(1, klaviyoCall(patchRequestedFor(urlEqualTo("/api/profiles/" + PROFILE_ID))).withRequestBody(equalToJson("""
                {"data": {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B",
                          "attributes": {"last_name": "Lovelace", "location": {"city": "London"}}}}
                """)));
    }

    @Test
    void getProfileReadsTheProfileById() {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + PROFILE_ID)).willReturn(okForContentType(JSON_API, PROFILE_DOCUMENT)));

        String output = given().contentType("application/json").body("{\"profileId\": \"" + PROFILE_ID + "\"}")
                .when().post("/actions/getProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE + "}", output);
        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlEqualTo("/api/profiles/" + PROFILE_ID))).withoutHeader("Content-Type"));
    }

    @Test
    void getProfilesFiltersByEmailWithAQuotedValue() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles"))
                .willReturn(okForContentType(JSON_API, "{\"data\": [" + Fixtures.KLAVIYO_PROFILE + "], \"links\": {\"next\": null}}")));

        String output = given().contentType("application/json")
                .body("{\"filterField\": \"email\", \"filterOperator\": \"equals\", \"filterValue\": \"ada@example.com\", \"pageSize\": 5, \"sort\": \"-created\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profiles\": [" + PROFILE + "]}", output);
        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlPathEqualTo("/api/profiles")))
                .withQueryParam("filter", equalTo("equals(email,\"ada@example.com\")"))
                .withQueryParam("page[size]", equalTo("5"))
                .withQueryParam("sort", equalTo("-created")));
    }

    @Test
    void getProfilesEscapesQuotesSoAValueCannotChangeTheFilter() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API, "{\"data\": []}")));

        String output = given().contentType("application/json")
                .body("{\"filterField\": \"external_id\", \"filterOperator\": \"equals\", \"filterValue\": \"a\\\"),any(id,[\\\"x\\\\\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profiles\": []}", output);
        klaviyo.verify(1, getRequestedFor(urlPathEqualTo("/api/profiles"))
                .withQueryParam("filter", equalTo("equals(external_id,\"a\\\"),any(id,[\\\"x\\\\\")")));
    }

    @Test
    void getProfilesFiltersByCreationDateUnquoted() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API, "{\"data\": []}")));

        given().contentType("application/json")
                .body("{\"filterField\": \"created\", \"filterOperator\": \"greater-than\", \"filterValue\": \"2024-01-31T09:00:00+02:00\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, getRequestedFor(urlPathEqualTo("/api/profiles"))
                .withQueryParam("filter", equalTo("greater-than(created,2024-01-31T09:00:00+02:00)"))
                .withQueryParam("page[size]", equalTo("20")));
    }

    @Test
    void getProfilesWithoutInputAsksForTheFirstTwentyProfiles() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API, "{\"data\": []}")));

        given().contentType("application/json").body("{}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, getRequestedFor(urlEqualTo("/api/profiles?page%5Bsize%5D=20")));
    }

    @Test
    void createProfileWithUpsertOnDuplicateUpdatesTheExistingProfile() {
        klaviyo.stubFor(post("/api/profiles").willReturn(WireMock.aResponse().withStatus(409)
                .withHeader("Content-Type", JSON_API).withBody(DUPLICATE)));
        klaviyo.stubFor(patch(urlEqualTo("/api/profiles/" + PROFILE_ID)).willReturn(okForContentType(JSON_API, PROFILE_DOCUMENT)));

        String output = given().contentType("application/json")
                .body("{\"email\": \"ada@example.com\", \"firstName\": \"Ada\", \"upsertOnDuplicate\": true}")
                .when().post("/actions/createProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE + "}", output);
        klaviyo.verify(1, klaviyoCall(postRequestedFor(urlEqualTo("/api/profiles"))));
        klaviyo.verify(1, klaviyoCall(patchRequestedFor(urlEqualTo("/api/profiles/" + PROFILE_ID))).withRequestBody(equalToJson("""
                {"data": {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B",
                          "attributes": {"email": "ada@example.com", "first_name": "Ada"}}}
                """)));
    }

    @Test
    void createProfileWithoutUpsertOnDuplicateLeavesTheDuplicateAsAConflict() {
        klaviyo.stubFor(post("/api/profiles").willReturn(WireMock.aResponse().withStatus(409)
                .withHeader("Content-Type", JSON_API).withBody(DUPLICATE)));

        given().contentType("application/json").body("{\"email\": \"ada@example.com\", \"upsertOnDuplicate\": false}")
                .when().post("/actions/createProfile")
                .then().statusCode(409);

        klaviyo.verify(0, patchRequestedFor(urlEqualTo("/api/profiles/" + PROFILE_ID)));
    }

    @Test
    void updateProfileSendsAnExplicitNullForEachClearedAttributeOnly() {
        klaviyo.stubFor(patch(urlEqualTo("/api/profiles/" + PROFILE_ID)).willReturn(okForContentType(JSON_API, PROFILE_DOCUMENT)));

        given().contentType("application/json").body("""
                {"profileId": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B", "firstName": "Ada", "organization": null, "externalId": null,
                 "properties": null}
                """)
                .when().post("/actions/updateProfile")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoCall(patchRequestedFor(urlEqualTo("/api/profiles/" + PROFILE_ID))));
        JsonNode sent = Json.tree(klaviyo.requests().get(0).getBodyAsString());
        assertEquals(Json.tree("""
                {"data": {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B",
                          "attributes": {"first_name": "Ada", "organization": null, "external_id": null, "properties": null}}}
                """), sent);
    }

    @Test
    void updateProfileClearsEveryPartOfTheLocationWhenLocationIsNull() {
        klaviyo.stubFor(patch(urlEqualTo("/api/profiles/" + PROFILE_ID)).willReturn(okForContentType(JSON_API, PROFILE_DOCUMENT)));

        given().contentType("application/json").body("{\"profileId\": \"" + PROFILE_ID + "\", \"location\": null}")
                .when().post("/actions/updateProfile")
                .then().statusCode(200);

        JsonNode sent = Json.tree(klaviyo.requests().get(0).getBodyAsString());
        assertEquals(Json.tree("""
                {"data": {"type": "profile", "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B", "attributes": {"location": {
                  "address1": null, "address2": null, "city": null, "country": null, "region": null, "zip": null}}}}
                """), sent);
    }

    @Test
    void getProfileReturnsTheExternalId() {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + PROFILE_ID)).willReturn(okForContentType(JSON_API,
                PROFILE_DOCUMENT.replace("\"external_id\": null", "\"external_id\": \"crm-42\""))));

        String output = given().contentType("application/json").body("{\"profileId\": \"" + PROFILE_ID + "\"}")
                .when().post("/actions/getProfile")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profile\": " + PROFILE.replace("\"externalId\": null", "\"externalId\": \"crm-42\"") + "}", output);
    }

    @Test
    void getProfilesAnyWithSeveralValuesListsEveryQuotedValue() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API, "{\"data\": []}")));

        given().contentType("application/json").body("""
                {"filterField": "email", "filterOperator": "any", "filterValues": ["ada@example.com", "grace@example.com"]}
                """)
                .when().post("/actions/getProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlPathEqualTo("/api/profiles")))
                .withQueryParam("filter", equalTo("any(email,[\"ada@example.com\",\"grace@example.com\"])")));
    }

    @Test
    void getProfilesCombinesSeveralFiltersWithAnd() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API, "{\"data\": []}")));

        given().contentType("application/json").body("""
                {"filterField": "external_id", "filterOperator": "any", "filterValues": ["crm-1", "crm-2"],
                 "filters": [{"field": "created", "operator": "greater-than", "value": "2024-01-31T09:00:00Z"},
                             {"field": "created", "operator": "less-than", "value": "2024-02-29T09:00:00Z"}]}
                """)
                .when().post("/actions/getProfiles")
                .then().statusCode(200);

        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlPathEqualTo("/api/profiles"))).withQueryParam("filter", equalTo(
                "and(any(external_id,[\"crm-1\",\"crm-2\"]),greater-than(created,2024-01-31T09:00:00Z),"
                        + "less-than(created,2024-02-29T09:00:00Z))")));
    }

    @Test
    void getProfilesReadsThePageAtTheCursorAndReturnsTheNextCursor() {
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API, """
                {"data": [%s], "links": {"self": "https://a.klaviyo.com/api/profiles/?page%%5Bcursor%%5D=bmV4dDE",
                  "next": "https://a.klaviyo.com/api/profiles/?page%%5Bcursor%%5D=bmV4dDI%%3D&page%%5Bsize%%5D=1",
                  "prev": null}}
                """.formatted(Fixtures.KLAVIYO_PROFILE))));

        String output = given().contentType("application/json").body("{\"pageSize\": 1, \"pageCursor\": \"bmV4dDE\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200).extract().asString();

        assertJsonEquals("{\"profiles\": [" + PROFILE + "], \"nextCursor\": \"bmV4dDI=\"}", output);
        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlPathEqualTo("/api/profiles")))
                .withQueryParam("page[cursor]", equalTo("bmV4dDE"))
                .withQueryParam("page[size]", equalTo("1")));
    }

    @Test
    void getProfilesWithSubscriptionsAsksForThemAndReturnsTheMarketingConsents() {
        String withSubscriptions = Fixtures.KLAVIYO_PROFILE.replace("\"properties\": {\"plan\": \"pro\"}", """
                "properties": {"plan": "pro"},
                "subscriptions": {
                  "email": {"marketing": {"can_receive_email_marketing": true, "consent": "SUBSCRIBED",
                    "consent_timestamp": "2026-01-02T03:04:05+00:00", "last_updated": "2026-01-02T03:04:05+00:00",
                    "method": "API", "method_detail": null, "custom_method_detail": null, "double_optin": null,
                    "suppression": [], "list_suppressions": []}},
                  "sms": {"marketing": {"can_receive_sms_marketing": false, "consent": "NEVER_SUBSCRIBED",
                    "consent_timestamp": null, "method": null, "method_detail": null, "last_updated": null},
                    "transactional": null},
                  "mobile_push": null}""");
        klaviyo.stubFor(get(urlPathEqualTo("/api/profiles")).willReturn(okForContentType(JSON_API,
                "{\"data\": [" + withSubscriptions + "], \"links\": {\"next\": null}}")));

        String output = given().contentType("application/json").body("{\"additionalFields\": [\"subscriptions\"]}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200).extract().asString();

        String expected = PROFILE.replace("\"properties\": {\"plan\": \"pro\"},", """
                "properties": {"plan": "pro"},
                "subscriptions": {
                  "emailMarketing": {"consent": "SUBSCRIBED", "canReceive": true,
                                     "consentTimestamp": "2026-01-02T03:04:05+00:00", "method": "API"},
                  "smsMarketing": {"consent": "NEVER_SUBSCRIBED", "canReceive": false}},""");
        assertJsonEquals("{\"profiles\": [" + expected + "]}", output);
        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlPathEqualTo("/api/profiles")))
                .withQueryParam("additional-fields[profile]", equalTo("subscriptions")));
    }

    private static RequestPatternBuilder klaviyoCall(RequestPatternBuilder pattern) {
        return pattern
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + KlaviyoStub.API_KEY))
                .withHeader("revision", equalTo("2026-07-15"))
                .withHeader("Accept", equalTo(JSON_API));
    }
}
