package io.botactions.klaviyo.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.botactions.klaviyo.botpress.BotpressEndpoint;
import io.botactions.klaviyo.support.Json;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document at {@code /q/openapi} lists every route the application serves, how callers authenticate,
 * and the problem every action can answer. That the routes' answers match it is checked on every action test.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyServedRouteIsInTheDocument() {
        Set<String> served = Stream.of(ActionsResource.class, BotpressEndpoint.class)
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(POST.class))
                        .map(method -> resource.getAnnotation(Path.class).value()
                                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "")))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> documented = new TreeSet<>();
        document().get("paths").fieldNames().forEachRemaining(documented::add);

        assertEquals(served, documented);
    }

    @Test
    void actionsRequireTheBearerTokenAndAnswerProblems() {
        JsonNode document = document();
        JsonNode createProfile = document.at("/paths/~1actions~1createProfile/post");

        assertEquals("bearer", document.at("/components/securitySchemes/callerToken/scheme").asText());
        assertEquals("callerToken", createProfile.at("/security/0").fieldNames().next());
        assertEquals("#/components/schemas/Problem",
                createProfile.at("/responses/400/content/application~1problem+json/schema/$ref").asText());
        assertEquals("#/components/schemas/ProfileResult",
                createProfile.at("/responses/200/content/application~1json/schema/$ref").asText());
    }

    private static JsonNode document() {
        return Json.tree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
