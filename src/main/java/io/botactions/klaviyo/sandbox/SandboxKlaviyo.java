package io.botactions.klaviyo.sandbox;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The sandbox's stand-in for the profile endpoints Klaviyo serves: profiles are kept in memory, duplicates answer
 * 409 with the existing id, unknown ids 404, and subscription jobs are accepted with 202, as Klaviyo does.
 */
class SandboxKlaviyo implements ResponseDefinitionTransformerV2 {

    static final String NAME = "klaviyo-sandbox";

    private static final String JSON_API = "application/vnd.api+json";
    private static final Pattern PROFILE_PATH = Pattern.compile("^/api/profiles/([A-Za-z0-9]+)$");
    private static final Pattern FILTER = Pattern.compile("^(equals|any)\\((\\w+),\\[?\"((?:[^\"\\\\]|\\\\.)*)\"\\]?\\)$");
    private static final Pattern DATE_FILTER = Pattern.compile("^(greater-than|less-than)\\((created|updated),([^)]+)\\)$");
    private static final char[] ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, ObjectNode> profiles = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        String method = request.getMethod().getName();
        try {
            if (path.equals("/api/profiles") && method.equals("POST")) {
                return create(body(request));
            }
            if (path.equals("/api/profiles") && method.equals("GET")) {
                return search(request);
            }
            if (path.equals("/api/profile-subscription-bulk-create-jobs") && method.equals("POST")) {
                return new ResponseDefinition(202, "");
            }
            Matcher profile = PROFILE_PATH.matcher(path);
            if (profile.matches() && method.equals("GET")) {
                return found(profile.group(1), 200);
            }
            if (profile.matches() && method.equals("PATCH")) {
                return update(profile.group(1), body(request));
            }
            return error(404, "not_found", "Not found.", "The sandbox does not serve " + method + " " + path + ".", null);
        } catch (Exception e) {
            return error(400, "invalid", "Invalid input.", "The sandbox cannot read this request.", null);
        }
    }

    private synchronized ResponseDefinition create(JsonNode body) {
        ObjectNode attributes = (ObjectNode) body.path("data").path("attributes");
        for (Map.Entry<String, ObjectNode> entry : profiles.entrySet()) {
            for (String identifier : List.of("email", "phone_number", "external_id")) {
                JsonNode wanted = attributes.get(identifier);
                if (wanted != null && wanted.isTextual() && wanted.equals(entry.getValue().get(identifier))) {
                    return error(409, "duplicate_profile", "Conflict.", "A profile already exists with one of these identifiers.",
                            entry.getKey());
                }
            }
        }
        String id = newId();
        String now = now();
        attributes.put("created", now);
        attributes.put("updated", now);
        profiles.put(id, attributes);
        return found(id, 201);
    }

    private synchronized ResponseDefinition update(String id, JsonNode body) {
        ObjectNode stored = profiles.get(id);
        if (stored == null) {
            return missing(id);
        }
        Iterator<Map.Entry<String, JsonNode>> changes = body.path("data").path("attributes").fields();
        while (changes.hasNext()) {
            Map.Entry<String, JsonNode> change = changes.next();
            JsonNode current = stored.get(change.getKey());
            if (current instanceof ObjectNode object && change.getValue().isObject()) {
                object.setAll((ObjectNode) change.getValue());
            } else {
                stored.set(change.getKey(), change.getValue());
            }
        }
        stored.put("updated", now());
        return found(id, 200);
    }

    private ResponseDefinition search(Request request) {
        QueryParameter filter = request.queryParameter("filter");
        QueryParameter size = request.queryParameter("page[size]");
        int pageSize = size.isPresent() ? Integer.parseInt(size.firstValue()) : 20;
        Predicate<Map.Entry<String, ObjectNode>> condition = entry -> true;
        if (filter.isPresent()) {
            Matcher text = FILTER.matcher(filter.firstValue());
            Matcher date = DATE_FILTER.matcher(filter.firstValue());
            if (text.matches()) {
                String value = text.group(3).replace("\\\"", "\"").replace("\\\\", "\\");
                condition = entry -> matches(entry, text.group(2), value);
            } else if (date.matches()) {
                OffsetDateTime bound = OffsetDateTime.parse(date.group(3));
                boolean after = date.group(1).equals("greater-than");
                condition = entry -> {
                    OffsetDateTime stamp = OffsetDateTime.parse(entry.getValue().get(date.group(2)).asText());
                    return after ? stamp.isAfter(bound) : stamp.isBefore(bound);
                };
            } else {
                return error(400, "invalid", "Invalid filter.", "The sandbox does not understand this filter.", null);
            }
        }
        List<ObjectNode> page = new ArrayList<>();
        profiles.entrySet().stream()
                .filter(condition)
                .limit(pageSize)
                .forEach(entry -> page.add(resource(entry.getKey(), entry.getValue())));
        ObjectNode document = json.createObjectNode();
        document.putArray("data").addAll(page);
        document.putObject("links").put("self", request.getAbsoluteUrl()).putNull("next").putNull("prev");
        return document(200, document);
    }

    private static boolean matches(Map.Entry<String, ObjectNode> entry, String field, String value) {
        if (field.equals("id")) {
            return entry.getKey().equals(value);
        }
        JsonNode actual = entry.getValue().get(field);
        return actual != null && actual.asText().equals(value);
    }

    private ResponseDefinition found(String id, int status) {
        ObjectNode stored = profiles.get(id);
        if (stored == null) {
            return missing(id);
        }
        ObjectNode document = json.createObjectNode();
        document.set("data", resource(id, stored));
        return document(status, document);
    }

    private ObjectNode resource(String id, ObjectNode attributes) {
        ObjectNode resource = json.createObjectNode().put("type", "profile").put("id", id);
        resource.set("attributes", attributes.deepCopy());
        return resource;
    }

    private ResponseDefinition missing(String id) {
        return error(404, "not_found", "Not found.", "A profile with id " + id + " does not exist.", null);
    }

    private ResponseDefinition error(int status, String code, String title, String detail, String duplicateId) {
        ObjectNode document = json.createObjectNode();
        ArrayNode errors = document.putArray("errors");
        ObjectNode error = errors.addObject().put("id", newId()).put("status", status).put("code", code).put("title", title)
                .put("detail", detail);
        error.putObject("source").put("pointer", "/data/");
        if (duplicateId != null) {
            error.putObject("meta").put("duplicate_profile_id", duplicateId);
        }
        return document(status, document);
    }

    private ResponseDefinition document(int status, ObjectNode document) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", JSON_API)
                .withBody(document.toString())
                .build();
    }

    private JsonNode body(Request request) throws java.io.IOException {
        return json.readTree(request.getBodyAsString());
    }

    private String newId() {
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
