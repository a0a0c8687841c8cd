package io.botactions.klaviyo.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The walk a new user takes in dev mode, against the sandbox: create, read back, update, find by email, subscribe,
 * and a second create of the same email refused as a duplicate.
 */
@QuarkusTest
@QuarkusTestResource(value = SandboxStub.class, restrictToAnnotatedClass = true)
class SandboxFlowTest {

    @Test
    void createGetUpdateFindAndSubscribe() {
        String id = given().contentType("application/json")
                .body("{\"email\": \"grace@example.com\", \"phone\": \"+15005550007\", \"firstName\": \"Grace\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(200)
                .body("profile.id", matchesPattern("[A-Z0-9]{26}"))
                .body("profile.email", equalTo("grace@example.com"))
                .extract().path("profile.id");

        given().contentType("application/json").body("{\"profileId\": \"" + id + "\"}")
                .when().post("/actions/getProfile")
                .then().statusCode(200)
                .body("profile.firstName", equalTo("Grace"))
                .body("profile.phone", equalTo("+15005550007"));

        given().contentType("application/json").body("{\"profileId\": \"" + id + "\", \"lastName\": \"Hopper\"}")
                .when().post("/actions/updateProfile")
                .then().statusCode(200)
                .body("profile.firstName", equalTo("Grace"))
                .body("profile.lastName", equalTo("Hopper"));

        given().contentType("application/json")
                .body("{\"filterField\": \"email\", \"filterOperator\": \"equals\", \"filterValue\": \"grace@example.com\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200)
                .body("profiles", hasSize(1))
                .body("profiles[0].id", equalTo(id))
                .body("profiles[0].lastName", equalTo("Hopper"));

        given().contentType("application/json")
                .body("{\"profileSubscriptions\": [{\"email\": \"grace@example.com\", \"emailConsent\": true}]}")
                .when().post("/actions/subscribeProfiles")
                .then().statusCode(200)
                .body("success", equalTo(true));

        given().contentType("application/json").body("{\"email\": \"grace@example.com\"}")
                .when().post("/actions/createProfile")
                .then().statusCode(409)
                .body("duplicateProfileId", equalTo(id));
    }

    @Test
    void upsertPageListsUnsubscribeAndTrack() {
        String id = given().contentType("application/json").body("{\"email\": \"alan@example.com\", \"externalId\": \"crm-7\"}")
                .when().post("/actions/createOrUpdateProfile")
                .then().statusCode(200)
                .body("created", equalTo(true))
                .extract().path("profile.id");
        given().contentType("application/json").body("{\"externalId\": \"crm-7\", \"firstName\": \"Alan\"}")
                .when().post("/actions/createOrUpdateProfile")
                .then().statusCode(200)
                .body("created", equalTo(false))
                .body("profile.id", equalTo(id))
                .body("profile.firstName", equalTo("Alan"));
        given().contentType("application/json").body("{\"email\": \"edsger@example.com\"}")
                .when().post("/actions/createOrUpdateProfile")
                .then().statusCode(200);

        String cursor = given().contentType("application/json")
                .body("{\"filterField\": \"email\", \"filterOperator\": \"any\","
                        + " \"filterValues\": [\"alan@example.com\", \"edsger@example.com\"], \"pageSize\": 1}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200)
                .body("profiles", hasSize(1))
                .extract().path("nextCursor");
        given().contentType("application/json")
                .body("{\"filterField\": \"email\", \"filterOperator\": \"any\","
                        + " \"filterValues\": [\"alan@example.com\", \"edsger@example.com\"], \"pageSize\": 1,"
                        + " \"pageCursor\": \"" + cursor + "\"}")
                .when().post("/actions/getProfiles")
                .then().statusCode(200)
                .body("profiles", hasSize(1))
                .body("nextCursor", nullValue());

        given().contentType("application/json").body("{\"profileId\": \"" + id + "\", \"firstName\": null}")
                .when().post("/actions/updateProfile")
                .then().statusCode(200)
                .body("profile.firstName", nullValue())
                .body("profile.externalId", equalTo("crm-7"));

        String membership = "{\"listId\": \"Y6nRLr\", \"profileIds\": [\"" + id + "\"]}";
        given().contentType("application/json").body(membership)
                .when().post("/actions/addProfilesToList")
                .then().statusCode(200).body("success", equalTo(true));
        given().contentType("application/json").body(membership)
                .when().post("/actions/removeProfilesFromList")
                .then().statusCode(200).body("success", equalTo(true));
        given().contentType("application/json")
                .body("{\"profileUnsubscriptions\": [{\"email\": \"alan@example.com\", \"emailMarketing\": true}]}")
                .when().post("/actions/unsubscribeProfiles")
                .then().statusCode(200).body("success", equalTo(true));
        given().contentType("application/json").body("{\"metricName\": \"Chat Started\", \"profileId\": \"" + id + "\"}")
                .when().post("/actions/trackEvent")
                .then().statusCode(200).body("success", equalTo(true));
    }
}
