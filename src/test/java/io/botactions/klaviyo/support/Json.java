package io.botactions.klaviyo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares JSON documents as trees, so a test states the whole expected body and any extra or missing member fails.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static void assertJsonEquals(String expected, String actual) {
        assertEquals(tree(expected), tree(actual), () -> "expected " + expected + "\nbut was  " + actual);
    }

    /**
     * Compares a problem body with the expected one. Every problem carries the invocation's request id, which
     * differs per call: it must be there, and is left out of the comparison.
     */
    public static void assertProblem(String expected, String actual) {
        JsonNode problem = tree(actual);
        JsonNode requestId = problem.get("requestId");
        assertTrue(requestId != null && requestId.isTextual() && !requestId.asText().isBlank(),
                () -> "no requestId in " + actual);
        ((ObjectNode) problem).remove("requestId");
        assertEquals(tree(expected), problem, () -> "expected " + expected + "\nbut was  " + actual);
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
