package io.botactions.klaviyo.packaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.botactions.klaviyo.support.Fixtures.PROFILE;
import static io.botactions.klaviyo.support.Fixtures.PROFILE_DOCUMENT;
import static io.botactions.klaviyo.support.Fixtures.PROFILE_ID;
import static io.botactions.klaviyo.support.Json.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

import io.botactions.klaviyo.packaging.RuntimeApiStandIn.Kind;
import io.botactions.klaviyo.packaging.RuntimeApiStandIn.Outcome;
import io.botactions.klaviyo.support.KlaviyoMock;
import io.botactions.klaviyo.support.KlaviyoStub;

/**
 * The deployment package as Lambda's {@code java21} runtime runs it: {@code target/function.zip} unpacked as the
 * task root, AWS's runtime interface client loading {@code QuarkusStreamHandler} from it and polling a Runtime API
 * owned by this test, which sends API Gateway HTTP API (payload 2.0) events. Klaviyo is a WireMock server on
 * loopback. Nothing of the in-process test application is involved.
 */
class LambdaJavaRuntimeIT {

    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    private static final Path BUILD = Path.of(System.getProperty("project.build.directory", "target"));
    private static final Path RUNTIME_LOG = BUILD.resolve("lambda-java-runtime-it.log");
    private static final Duration FIRST_INVOCATION = Duration.ofSeconds(60);
    private static final String JSON_API = "application/vnd.api+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path taskRoot;

    private static KlaviyoStub stub;
    private static KlaviyoMock klaviyo;
    private static RuntimeApiStandIn runtimeApi;
    private static Process function;

    @BeforeAll
    static void startFunction() throws Exception {
        unzip(BUILD.resolve("function.zip"), taskRoot);
        stub = new KlaviyoStub();
        Map<String, String> klaviyoConfig = stub.start();
        stub.inject((mock, field) -> klaviyo = (KlaviyoMock) mock);
        runtimeApi = new RuntimeApiStandIn();

        // the runtime client is on the system class path and the task root is the working directory, as in Lambda,
        // where the client loads the handler from the task root and its lib/ directory
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", runtimeClientClassPath(),
                AWSLambda.class.getName(), HANDLER);
        var builder = new ProcessBuilder(command).directory(taskRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(RUNTIME_LOG.toFile());
        builder.environment().putAll(Map.of(
                "AWS_LAMBDA_RUNTIME_API", runtimeApi.address(),
                "LAMBDA_TASK_ROOT", taskRoot.toString(),
                "_HANDLER", HANDLER,
                "AWS_LAMBDA_FUNCTION_NAME", "klaviyo-actions-createProfile",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512",
                "AWS_REGION", "eu-west-1",
                "KLAVIYO_BASE_URL", klaviyoConfig.get("klaviyo.base-url"),
                "KLAVIYO_API_KEY", klaviyoConfig.get("klaviyo.api-key"),
                "CALLER_TOKEN", klaviyoConfig.get("caller.token")));
        function = builder.start();
    }

    @AfterAll
    static void stopFunction() throws InterruptedException {
        if (function != null) {
            function.destroy();
            if (!function.waitFor(10, TimeUnit.SECONDS)) {
                function.destroyForcibly();
            }
        }
        if (runtimeApi != null) {
            runtimeApi.close();
        }
        if (stub != null) {
            stub.stop();
        }
    }

    @BeforeEach
    void resetKlaviyo() {
        klaviyo.reset();
    }

    @AfterEach
    void requestsKeptKlaviyosContract() {
        assertEquals(List.of(), klaviyo.contract().violations(), "requests that break Klaviyo's OpenAPI contract");
    }

    @Test
    void createProfileAnswersTheStoredProfileAndSendsKlaviyoTheProfile() throws Exception {
        klaviyo.stubFor(post("/api/profiles").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", JSON_API).withBody(PROFILE_DOCUMENT)));

        Answer answer = invoke("createProfile", """
                {"email": "ada@example.com", "phone": "+15005550006", "firstName": "Ada", "lastName": "Lovelace",
                 "organization": "Analytical Engines", "title": "Countess", "locale": "en-GB",
                 "location": {"address1": "12 St James's Square", "city": "London", "country": "United Kingdom",
                              "zip": "SW1Y 4JH"},
                 "properties": {"plan": "pro"}}
                """);

        assertResponse(200, "application/json", "{\"profile\": " + PROFILE + "}", answer);
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
    void getProfileAnswersTheProfileKlaviyoHolds() throws Exception {
        klaviyo.stubFor(get(urlEqualTo("/api/profiles/" + PROFILE_ID))
                .willReturn(okForContentType(JSON_API, PROFILE_DOCUMENT)));

        Answer answer = invoke("getProfile", "{\"profileId\": \"" + PROFILE_ID + "\"}");

        assertResponse(200, "application/json", "{\"profile\": " + PROFILE + "}", answer);
        klaviyo.verify(1, klaviyoCall(getRequestedFor(urlEqualTo("/api/profiles/" + PROFILE_ID))));
    }

    @Test
    void invalidInputAnswersAProblemWithLambdasRequestIdAndCallsNoKlaviyo() throws Exception {
        Answer answer = invoke("createProfile", "{\"firstName\": \"Ada\"}");

        assertResponse(400, "application/problem+json", """
                {"type": "urn:klaviyo-actions:problem:invalid-input", "title": "The input is not valid", "status": 400,
                 "detail": "The input breaks 1 rule(s).",
                 "violations": [{"field": "email", "message": "email or phone is required"}], "requestId": "%s"}
                """.formatted(answer.requestId()), answer);
        klaviyo.verifyNothingReceived();
    }

    @Test
    void callWithoutTheCallerTokenIsRefusedBeforeKlaviyo() throws Exception {
        Answer answer = invoke("getProfile", "{\"profileId\": \"" + PROFILE_ID + "\"}", null);

        assertResponse(401, "application/problem+json", """
                {"type": "urn:klaviyo-actions:problem:unauthorized", "title": "Caller not authenticated", "status": 401,
                 "detail": "Send the deployment's caller token as Authorization: Bearer <token>.", "requestId": "%s"}
                """.formatted(answer.requestId()), answer);
        assertEquals("Bearer", answer.response().path("headers").path("WWW-Authenticate").asText());
        klaviyo.verifyNothingReceived();
    }

    /** The function's response to one event, and the request id Lambda gave that event. */
    private record Answer(String requestId, JsonNode response) {
    }

    /** Sends {@code POST /actions/<action>} as API Gateway does and returns what the function posted back. */
    private static Answer invoke(String action, String body) throws Exception {
        return invoke(action, body, "Bearer " + KlaviyoStub.CALLER_TOKEN);
    }

    private static Answer invoke(String action, String body, String authorization) throws Exception {
        Outcome outcome = runtimeApi.invoke(event(action, body, authorization), FIRST_INVOCATION);
        assertEquals(Kind.RESPONSE, outcome.kind(), () -> "the function reported " + outcome + "; its log is " + RUNTIME_LOG);
        return new Answer(outcome.requestId(), JSON.readTree(outcome.body()));
    }

    private static String event(String action, String body, String authorization) {
        ObjectNode event = JSON.createObjectNode()
                .put("version", "2.0")
                .put("routeKey", "POST /actions/" + action)
                .put("rawPath", "/actions/" + action)
                .put("rawQueryString", "");
        ObjectNode headers = event.putObject("headers")
                .put("content-type", "application/json")
                .put("accept", "application/json")
                .put("host", "abc123.execute-api.eu-west-1.amazonaws.com");
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012")
                .put("apiId", "abc123")
                .put("domainName", "abc123.execute-api.eu-west-1.amazonaws.com")
                .put("requestId", "request-" + action)
                .put("routeKey", "POST /actions/" + action)
                .put("stage", "$default")
                .put("timeEpoch", System.currentTimeMillis());
        context.putObject("http")
                .put("method", "POST")
                .put("path", "/actions/" + action)
                .put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.10")
                .put("userAgent", "Botpress");
        event.put("body", body).put("isBase64Encoded", false);
        return event.toString();
    }

    private static void assertResponse(int status, String contentType, String body, Answer answer) {
        JsonNode response = answer.response();
        assertEquals(status, response.path("statusCode").asInt(), () -> "status of " + response);
        assertEquals(false, response.path("isBase64Encoded").asBoolean(), () -> "encoding of " + response);
        assertEquals(contentType, response.path("headers").path("Content-Type").asText().split(";")[0],
                () -> "content type of " + response);
        assertJsonEquals(body, response.path("body").asText());
    }

    private static RequestPatternBuilder klaviyoCall(RequestPatternBuilder pattern) {
        return pattern
                .withHeader("Authorization", equalTo("Klaviyo-API-Key " + KlaviyoStub.API_KEY))
                .withHeader("revision", equalTo("2026-07-15"))
                .withHeader("Accept", equalTo(JSON_API));
    }

    /** The runtime client and the libraries it needs, which Lambda's Java runtime provides itself. */
    private static String runtimeClientClassPath() throws Exception {
        List<String> jars = new ArrayList<>();
        for (Class<?> type : List.of(AWSLambda.class, Context.class, PojoSerializer.class, SdkInternalThreadLocal.class)) {
            jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(java.io.File.pathSeparator, jars);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination);
                }
            }
        }
    }
}
