package io.botactions.klaviyo.error;

import static io.botactions.klaviyo.support.Json.assertProblem;
import static io.restassured.RestAssured.given;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.botactions.klaviyo.support.KlaviyoTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each input rule: a 400 problem that names the field and the rule, and not a single call to Klaviyo.
 */
@QuarkusTest
class InputRulesTest extends KlaviyoTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("createProfile", "{\"firstName\": \"Ada\"}", "email", "email or phone is required"),
                rule("createProfile", "{\"phone\": \"5005550006\"}", "phone", "must be an E.164 phone number such as +15005550006"),
                rule("createProfile", "{\"email\": \"ada-at-example.com\"}", "email", "must be an email address such as ada@example.com"),
                rule("createProfile", "{\"email\": \"ada@example.com\", \"locale\": \"english\"}", "locale",
                        "must be a language and region such as en-US or fr-FR"),
                rule("createProfile", "{\"phone_number\": \"+15005550006\"}", "phone_number", "is not a known field"),
                rule("createProfile", "{\"email\": \"ada@example.com\", \"location\": {\"town\": \"London\"}}", "location.town",
                        "is not a known field"),
                rule("createProfile", "{\"email\": \"ada@example.com\", \"properties\": [1]}", "properties",
                        "must be a JSON object"),
                rule("getProfile", "{\"profileId\": \"../accounts\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("getProfile", "{\"profileId\": \"01HZX/lists\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("getProfile", "{\"profileId\": \"01HZX%2F\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("getProfile", "{\"profileId\": \"01HZX?x=1\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("getProfile", "{\"profileId\": \"01HZX#x\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("getProfile", "{\"profileId\": \"01HZX K5\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("getProfile", "{}", "profileId", "must not be null"),
                rule("updateProfile", "{\"profileId\": \"..\", \"firstName\": \"Ada\"}", "profileId", "must be 1 to 64 letters or digits"),
                rule("updateProfile", "{\"profileId\": \"01HZX3K5\"}", "profileId",
                        "at least one attribute to change is required besides profileId"),
                rule("getProfiles", "{\"filterField\": \"email\", \"filterOperator\": \"contains\", \"filterValue\": \"ada\"}",
                        "filterOperator", "must be one of equals, any when filterField is email"),
                rule("getProfiles", "{\"filterField\": \"phone_number\", \"filterOperator\": \"starts-with\", \"filterValue\": \"+1\"}",
                        "filterOperator", "must be one of equals, any when filterField is phone_number"),
                rule("getProfiles", "{\"filterField\": \"created\", \"filterOperator\": \"equals\", \"filterValue\": \"2024-01-31T09:00:00Z\"}",
                        "filterOperator", "must be one of greater-than, less-than when filterField is created"),
                rule("getProfiles", "{\"filterField\": \"first_name\", \"filterOperator\": \"equals\", \"filterValue\": \"Ada\"}",
                        "filterField", "must be one of id, email, phone_number, external_id, created, updated"),
                rule("getProfiles", "{\"filterField\": \"updated\", \"filterOperator\": \"less-than\", \"filterValue\": \"yesterday\"}",
                        "filterValue", "must be an ISO-8601 date-time with an offset, such as 2024-01-31T09:00:00Z"),
                rule("getProfiles", "{\"filterField\": \"email\", \"filterValue\": \"ada@example.com\"}", "filterOperator",
                        "is required when any of filterField, filterOperator, filterValue is given"),
                rule("getProfiles", "{\"pageSize\": 101}", "pageSize", "must be less than or equal to 100"),
                rule("getProfiles", "{\"pageSize\": 0}", "pageSize", "must be greater than or equal to 1"),
                rule("getProfiles", "{\"sort\": \"first_name\"}", "sort",
                        "must be one of created, email, id, updated, each optionally with a leading -"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": []}", "profileSubscriptions", "size must be between 1 and 1000"),
                rule("subscribeProfiles", "{}", "profileSubscriptions", "must not be null"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": [" + emails(1001) + "]}", "profileSubscriptions",
                        "size must be between 1 and 1000"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": [" + emails(3)
                        + ", {\"phone\": \"+15005550006\", \"emailConsent\": true}]}", "profileSubscriptions[3].email",
                        "is required when emailConsent is true"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": [{\"email\": \"ada@example.com\", \"smsConsent\": true}]}",
                        "profileSubscriptions[0].phone", "is required when smsConsent is true"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": [{\"email\": \"ada@example.com\"}]}",
                        "profileSubscriptions[0].emailConsent", "emailConsent or smsConsent must be true"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": [" + emails(1) + "], \"listId\": \"Y6n/RLr\"}",
                        "listId", "must be 1 to 64 letters or digits"),
                rule("subscribeProfiles", "{\"profileSubscriptions\": [" + emails(1) + "], \"consentedAt\": \"2024-01-31T09:00:00Z\"}",
                        "consentedAt", "is only accepted when historicalImport is true"),
                rule("createProfile", "{\"email\": \"ada@example.com\", \"upsertOnDuplicate\": \"yes\"}", "upsertOnDuplicate",
                        "must be true or false"),
                rule("updateProfile", "{\"profileId\": \"01HZX3K5\", \"email\": \"ada-at-example.com\"}", "email",
                        "must be an email address such as ada@example.com"),
                rule("updateProfile", "{\"profileId\": \"01HZX3K5\", \"externalId\": \"\"}", "externalId",
                        "size must be between 1 and 255"),
                rule("updateProfile", "{\"profileId\": \"01HZX3K5\", \"location\": {\"town\": \"London\"}}", "location.town",
                        "is not a known field"),
                rule("getProfiles", "{\"filterField\": \"email\", \"filterOperator\": \"equals\", \"filterValues\": [\"a@b.co\"]}",
                        "filterValues", "is only accepted when filterOperator is any"),
                rule("getProfiles", "{\"filterField\": \"email\", \"filterOperator\": \"any\", \"filterValue\": \"a@b.co\","
                        + " \"filterValues\": [\"c@d.co\"]}", "filterValues", "is not accepted together with filterValue"),
                rule("getProfiles", "{\"filterField\": \"email\", \"filterOperator\": \"any\", \"filterValues\": []}",
                        "filterValues", "size must be between 1 and 100"),
                rule("getProfiles", "{\"filters\": [{\"field\": \"email\", \"operator\": \"equals\", \"value\": \"a@b.co\"},"
                        + " {\"field\": \"created\", \"operator\": \"equals\", \"value\": \"2024-01-31T09:00:00Z\"}]}",
                        "filters[1].operator", "must be one of greater-than, less-than when field is created"),
                rule("getProfiles", "{\"filters\": [{\"field\": \"email\", \"operator\": \"equals\"}]}", "filters[0].value",
                        "value or values is required"),
                rule("getProfiles", "{\"filters\": [{\"operator\": \"equals\", \"value\": \"a@b.co\"}]}", "filters[0].field",
                        "must not be null"),
                rule("getProfiles", "{\"filters\": [" + String.join(",", java.util.Collections.nCopies(11,
                        "{\"field\": \"id\", \"operator\": \"equals\", \"value\": \"01HZX3K5\"}")) + "]}", "filters",
                        "size must be between 0 and 10"),
                rule("getProfiles", "{\"pageCursor\": \"bmV4 dDE\"}", "pageCursor", "must be the nextCursor of an earlier getProfiles"),
                rule("getProfiles", "{\"additionalFields\": [\"predictive_analytics\"]}", "additionalFields[0]",
                        "must be subscriptions"),
                rule("createOrUpdateProfile", "{\"firstName\": \"Ada\"}", "email", "email, phone or externalId is required"),
                rule("createOrUpdateProfile", "{\"phone\": \"5005550006\"}", "phone",
                        "must be an E.164 phone number such as +15005550006"),
                rule("createOrUpdateProfile", "{\"email\": \"ada@example.com\", \"upsertOnDuplicate\": true}", "upsertOnDuplicate",
                        "is not a known field"),
                rule("unsubscribeProfiles", "{}", "profileUnsubscriptions", "must not be null"),
                rule("unsubscribeProfiles", "{\"profileUnsubscriptions\": [" + unsubscriptions(101) + "]}", "profileUnsubscriptions",
                        "size must be between 1 and 100"),
                rule("unsubscribeProfiles", "{\"profileUnsubscriptions\": [" + unsubscriptions(2)
                        + ", {\"email\": \"ada@example.com\", \"smsMarketing\": true}]}", "profileUnsubscriptions[2].phone",
                        "is required when smsMarketing is true"),
                rule("unsubscribeProfiles", "{\"profileUnsubscriptions\": [{\"phone\": \"+15005550006\", \"emailMarketing\": true}]}",
                        "profileUnsubscriptions[0].email", "is required when emailMarketing is true"),
                rule("unsubscribeProfiles", "{\"profileUnsubscriptions\": [{\"email\": \"ada@example.com\"}]}",
                        "profileUnsubscriptions[0].emailMarketing", "emailMarketing or smsMarketing must be true"),
                rule("unsubscribeProfiles", "{\"profileUnsubscriptions\": [" + unsubscriptions(1) + "], \"listId\": \"Y6n/RLr\"}",
                        "listId", "must be 1 to 64 letters or digits"),
                rule("addProfilesToList", "{\"profileIds\": [\"01HZX3K5\"]}", "listId", "must not be null"),
                rule("addProfilesToList", "{\"listId\": \"Y6n/RLr\", \"profileIds\": [\"01HZX3K5\"]}", "listId",
                        "must be 1 to 64 letters or digits"),
                rule("addProfilesToList", "{\"listId\": \"Y6nRLr\", \"profileIds\": []}", "profileIds",
                        "size must be between 1 and 1000"),
                rule("addProfilesToList", "{\"listId\": \"Y6nRLr\", \"profileIds\": [" + profileIds(1001) + "]}", "profileIds",
                        "size must be between 1 and 1000"),
                rule("addProfilesToList", "{\"listId\": \"Y6nRLr\", \"profileIds\": [" + profileIds(3) + ", \"01HZX/lists\"]}",
                        "profileIds[3]", "must be 1 to 64 letters or digits"),
                rule("removeProfilesFromList", "{\"listId\": \"Y6nRLr\"}", "profileIds", "must not be null"),
                rule("removeProfilesFromList", "{\"listId\": \"Y6nRLr\", \"profileIds\": [\"01HZX3K5\", \"../x\"]}",
                        "profileIds[1]", "must be 1 to 64 letters or digits"),
                rule("removeProfilesFromList", "{\"listId\": \"Y6nRLr\", \"profileIds\": [" + profileIds(1001) + "]}",
                        "profileIds", "size must be between 1 and 1000"),
                rule("trackEvent", "{\"email\": \"ada@example.com\"}", "metricName", "must not be blank"),
                rule("trackEvent", "{\"metricName\": \"" + "x".repeat(128) + "\", \"email\": \"ada@example.com\"}", "metricName",
                        "size must be between 0 and 127"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"properties\": {}}", "profileId",
                        "profileId, email, phone or externalId is required"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"profileId\": \"01HZX/x\"}", "profileId",
                        "must be 1 to 64 letters or digits"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"phone\": \"5005550006\"}", "phone",
                        "must be an E.164 phone number such as +15005550006"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"email\": \"ada@example.com\", \"time\": \"2026-01-02T03:04:05\"}",
                        "time", "must be an ISO-8601 date-time with an offset, such as 2024-01-31T09:00:00Z"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"email\": \"ada@example.com\", \"time\": \"1989-12-31T23:59:59Z\"}",
                        "time", "must be after 1990 and at most one year ahead"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"email\": \"ada@example.com\", \"value\": \"lots\"}",
                        "value", "must be a number"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"email\": \"ada@example.com\", \"uniqueId\": \"\"}",
                        "uniqueId", "size must be between 1 and 255"),
                rule("trackEvent", "{\"metricName\": \"Chat Started\", \"email\": \"ada@example.com\", \"properties\": {"
                        + properties(401) + "}}", "properties", "size must be between 0 and 400"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("brokenRules")
    void refusesInputThatBreaksARule(String action, String input, String field, String message) {
        String problem = given().contentType("application/json").body(input)
                .when().post("/actions/" + action)
                .then().statusCode(400).contentType("application/problem+json").extract().asString();

        assertProblem("""
                {"type": "urn:klaviyo-actions:problem:invalid-input", "title": "The input is not valid", "status": 400,
                 "detail": "The input breaks 1 rule(s).", "violations": [{"field": "%s", "message": "%s"}]}
                """.formatted(field, message), problem);
        klaviyo.verifyNothingReceived();
    }

    private static Arguments rule(String action, String input, String field, String message) {
        return Arguments.of(action, input, field, message);
    }

    private static String unsubscriptions(int count) {
        return String.join(",", IntStream.range(0, count)
                .mapToObj(i -> "{\"email\": \"user" + i + "@example.com\", \"emailMarketing\": true}")
                .toList());
    }

    private static String profileIds(int count) {
        return String.join(",", IntStream.range(0, count).mapToObj(i -> "\"01HZX3K5Q" + i + "\"").toList());
    }

    private static String properties(int count) {
        return String.join(",", IntStream.range(0, count).mapToObj(i -> "\"p" + i + "\": " + i).toList());
    }

    private static String emails(int count) {
        return String.join(",", IntStream.range(0, count)
                .mapToObj(i -> "{\"email\": \"user" + i + "@example.com\", \"emailConsent\": true}")
                .toList());
    }
}
