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
                        "consentedAt", "is only accepted when historicalImport is true"));
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

    private static String emails(int count) {
        return String.join(",", IntStream.range(0, count)
                .mapToObj(i -> "{\"email\": \"user" + i + "@example.com\", \"emailConsent\": true}")
                .toList());
    }
}
