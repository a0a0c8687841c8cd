package io.botactions.klaviyo.sandbox;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The sandbox's stand-in for the endpoints the actions call: profiles are kept in memory, duplicates answer 409 with
 * the existing id, unknown ids 404, a profile import updates the match (200) or creates (201), searches page with a
 * cursor in {@code links.next}, and subscription jobs (202), list memberships (204) and events (202) are accepted as
 * Klaviyo accepts them.
 */
class SandboxKlaviyo implements ResponseDefinitionTransformerV2 {

    static final String NAME = "klaviyo-sandbox";

    private static final String JSON_API = "application/vnd.api+json";
    private static final Pattern PROFILE_PATH = Pattern.compile("^/api/profiles/([A-Za-z0-9]+)$");
    private static final String TEXT = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern FILTER = Pattern.compile("^(equals|any)\\((\\w+),\\[?(" + TEXT + "(?:," + TEXT + ")*)\\]?\\)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> ACCEPTED_JOBS = Set.of("/api/profile-subscription-bulk-create-jobs",
            "/api/profile-subscription-bulk-delete-jobs", "/api/events");
    private static final Pattern LIST_MEMBERS = Pattern.compile("^/api/lists/[A-Za-z0-9]+/relationships/profiles$");
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
            if (path.equals("/api/profile-import") && method.equals("POST")) {
                return importProfile(body(request));
            }
            if (ACCEPTED_JOBS.contains(path) && method.equals("POST")) {
                return new ResponseDefinition(202, "");
            }
            if (LIST_MEMBERS.matcher(path).matches() && (method.equals("POST") || method.equals("DELETE"))) {
                return new ResponseDefinition(204, "");
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

    private synchronized ResponseDefinition importProfile(JsonNode body) {
        JsonNode attributes = body.path("data").path("attributes");
        for (Map.Entry<String, ObjectNode> entry : profiles.entrySet()) {
            for (String identifier : List.of("email", "phone_number", "external_id")) {
                JsonNode wanted = attributes.get(identifier);
                if (wanted != null && wanted.isTextual() && wanted.equals(entry.getValue().get(identifier))) {
                    return update(entry.getKey(), body);
                }
            }
        }
        return create(body);
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
        QueryParameter cursor = request.queryParameter("page[cursor]");
        int pageSize = size.isPresent() ? Integer.parseInt(size.firstValue()) : 20;
        int offset = cursor.isPresent() ? Integer.parseInt(cursor.firstValue()) : 0;
        Predicate<Map.Entry<String, ObjectNode>> condition = entry -> true;
        if (filter.isPresent()) {
            for (String expression : conditions(filter.firstValue())) {
                Predicate<Map.Entry<String, ObjectNode>> one = condition(expression);
                if (one == null) {
                    return error(400, "invalid", "Invalid filter.", "The sandbox does not understand this filter.", null);
                }
                condition = condition.and(one);
            }
        }
        List<Map.Entry<String, ObjectNode>> found = profiles.entrySet().stream()
                .filter(condition)
                .sorted(Map.Entry.comparingByKey())
                .toList();
        List<ObjectNode> page = new ArrayList<>();
        found.stream().skip(offset).limit(pageSize).forEach(entry -> page.add(resource(entry.getKey(), entry.getValue())));
        ObjectNode document = json.createObjectNode();
        document.putArray("data").addAll(page);
        ObjectNode links = document.putObject("links").put("self", request.getAbsoluteUrl());
        if (offset + pageSize < found.size()) {
            String base = request.getAbsoluteUrl().split("\\?", 2)[0];
            links.put("next", base + "?page%5Bcursor%5D=" + (offset + pageSize) + "&page%5Bsize%5D=" + pageSize);
        } else {
            links.putNull("next");
        }
        links.putNull("prev");
        return document(200, document);
    }

    /** The conditions of a filter: the one given, or each argument of a top-level {@code and(...)}. */
    private static List<String> conditions(String filter) {
        if (!filter.startsWith("and(") || !filter.endsWith(")")) {
            return List.of(filter);
        }
        String arguments = filter.substring(4, filter.length() - 1);
        List<String> conditions = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                conditions.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        conditions.add(arguments.substring(start));
        return conditions;
    }

    private static Predicate<Map.Entry<String, ObjectNode>> condition(String expression) {
        Matcher text = FILTER.matcher(expression);
        if (text.matches()) {
            List<String> values = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(text.group(3));
            while (quoted.find()) {
                values.add(quoted.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            return entry -> values.stream().anyMatch(value -> matches(entry, text.group(2), value));
        }
        Matcher date = DATE_FILTER.matcher(expression);
        if (date.matches()) {
            OffsetDateTime bound = OffsetDateTime.parse(date.group(3));
            boolean after = date.group(1).equals("greater-than");
            return entry -> {
                OffsetDateTime stamp = OffsetDateTime.parse(entry.getValue().get(date.group(2)).asText());
                return after ? stamp.isAfter(bound) : stamp.isBefore(bound);
            };
        }
        return null;
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
