package io.botactions.klaviyo.botpress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.action.Actions;
import io.botactions.klaviyo.error.Problems;
import io.botactions.klaviyo.invocation.Invocation;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;
import io.quarkus.logging.Log;

/**
 * The Botpress face: the one endpoint a Botpress integration's server answers, with the operation in
 * {@code x-bp-operation} and the bot's configuration, base64 JSON, in {@code x-bp-configuration}. Actions run
 * exactly as on their {@code /actions} routes; failures leave as problems, which {@link BotpressErrors} reshapes
 * into the error body Botpress shows the bot builder.
 */
@Path("/botpress")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BotpressEndpoint {

    static final String OPERATION = "x-bp-operation";
    static final String CONFIGURATION = "x-bp-configuration";

    private static final Set<String> UNSUPPORTED = Set.of("webhook_received", "message_created", "create_user",
            "create_conversation");

    private final Actions actions;
    private final KlaviyoClient klaviyo;
    private final Invocation invocation;
    private final ObjectMapper json;

    BotpressEndpoint(Actions actions, KlaviyoClient klaviyo, Invocation invocation, ObjectMapper json) {
        this.actions = actions;
        this.klaviyo = klaviyo;
        this.invocation = invocation;
        this.json = json;
    }

    @POST
    public Response call(@RestHeader(OPERATION) String operation, @RestHeader(CONFIGURATION) String configuration,
            @RestHeader("x-bot-id") String botId, JsonNode body) throws JsonProcessingException {
        if (operation == null || operation.isBlank()) {
            return Problems.invalid(OPERATION, "is required");
        }
        Log.debugf("Botpress operation %s for bot %s", operation, botId);
        invocation.action("botpress " + operation);
        switch (operation) {
            case "ping", "unregister":
                return ok(Map.of());
            case "register", "action_triggered":
                break;
            default:
                return Problems.invalid(OPERATION, UNSUPPORTED.contains(operation)
                        ? operation + " is not supported: the Klaviyo integration has no channels, users or webhooks"
                        : "must be one of action_triggered, register, unregister, ping");
        }
        Optional<Response> badConfiguration = useBotKey(configuration);
        if (badConfiguration.isPresent()) {
            return badConfiguration.get();
        }
        if (operation.equals("register")) {
            klaviyo.verifyKey();
            return ok(Map.of());
        }
        return trigger(body);
    }

    /** The same endpoint, with the caller token as the last segment of the integration's URL. */
    @POST
    @Path("/{token}")
    public Response callWithTokenInPath(@PathParam("token") @Parameter(description = "The deployment's caller token,"
            + " checked before this method runs") String token, @RestHeader(OPERATION) String operation,
            @RestHeader(CONFIGURATION) String configuration, @RestHeader("x-bot-id") String botId, JsonNode body)
            throws JsonProcessingException {
        return call(operation, configuration, botId, body);
    }

    private Response trigger(JsonNode body) throws JsonProcessingException {
        if (body == null || !body.path("type").isTextual()) {
            return Problems.invalid("type", "is required: the name of the action to run");
        }
        String type = body.get("type").asText();
        Optional<Action<?, ?>> action = actions.named(type);
        if (action.isEmpty()) {
            return Problems.invalid("type", "must be one of " + String.join(", ", actions.names()));
        }
        JsonNode input = body.get("input");
        Object output = run(action.get(), input == null || input.isNull() ? null : input);
        return ok(Map.of("output", output, "meta", Map.of()));
    }

    private <I, O> O run(Action<I, O> action, JsonNode input) throws JsonProcessingException {
        I typed = input == null ? null : json.treeToValue(input, action.inputType());
        return actions.run(action, typed);
    }

    /**
     * Reads the bot's configuration; when it holds an {@code apiKey}, this invocation calls Klaviyo with the bot's
     * own key rather than the deployment's.
     */
    private Optional<Response> useBotKey(String configuration) {
        if (configuration == null || configuration.isBlank()) {
            return Optional.of(Problems.invalid(CONFIGURATION, "is required"));
        }
        JsonNode settings;
        try {
            settings = json.readTree(new String(Base64.getDecoder().decode(configuration.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return Optional.of(Problems.invalid(CONFIGURATION, "must be base64 of a JSON object"));
        }
        if (settings == null || !settings.isObject()) {
            return Optional.of(Problems.invalid(CONFIGURATION, "must be base64 of a JSON object"));
        }
        JsonNode apiKey = settings.get("apiKey");
        if (apiKey != null && apiKey.isTextual() && !apiKey.asText().isBlank()) {
            invocation.useKlaviyoKey(apiKey.asText().strip());
        }
        return Optional.empty();
    }

    private static Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
