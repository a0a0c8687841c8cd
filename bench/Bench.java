import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * Cold start, warm added latency and peak memory of the production artifact run as Lambda runs it, beside the
 * Node.js peer (Klaviyo's klaviyo-api SDK), against one WireMock Klaviyo stand-in on loopback. Run by bench/run from
 * the repository root; see bench/README.md.
 */
public class Bench {

    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String API_KEY = "pk_bench";
    static final String CALLER_TOKEN = "bench-caller-token";
    static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(30);

    static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 10);
    static final int WARM_INVOCATIONS = Integer.getInteger("bench.warmInvocations", 1000);
    static final int MEMORY_MB = Integer.getInteger("bench.memoryMb", 1024);
    static final List<Integer> DELAYS_MS = List.of(0, 50);

    static final String CREATE_PROFILE_INPUT = """
            {"email": "ada@example.com", "phone": "+15005550006", "firstName": "Ada", "lastName": "Lovelace",
             "organization": "Analytical Engines", "title": "Countess", "locale": "en-GB",
             "location": {"address1": "12 St James's Square", "city": "London", "country": "United Kingdom",
                          "zip": "SW1Y 4JH"},
             "properties": {"plan": "pro"}}
            """;

    /** What the Klaviyo API sends for the body above, as Klaviyo's OpenAPI description documents it. */
    static final String KLAVIYO_REQUEST = """
            {"data": {"type": "profile", "attributes": {
              "email": "ada@example.com", "phone_number": "+15005550006", "first_name": "Ada",
              "last_name": "Lovelace", "organization": "Analytical Engines", "title": "Countess", "locale": "en-GB",
              "location": {"address1": "12 St James's Square", "city": "London", "country": "United Kingdom",
                           "zip": "SW1Y 4JH"},
              "properties": {"plan": "pro"}}}}
            """;

    static final String PROFILE_DOCUMENT = """
            {"data": {
              "type": "profile",
              "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B",
              "attributes": {
                "email": "ada@example.com", "phone_number": "+15005550006", "external_id": null,
                "anonymous_id": null, "first_name": "Ada", "last_name": "Lovelace",
                "organization": "Analytical Engines", "locale": "en-GB", "title": "Countess", "image": null,
                "created": "2026-01-02T03:04:05+00:00", "updated": "2026-01-02T03:04:05+00:00",
                "last_event_date": null,
                "location": {"address1": "12 St James's Square", "address2": null, "city": "London",
                             "country": "United Kingdom", "latitude": null, "longitude": null, "region": null,
                             "zip": "SW1Y 4JH", "timezone": "Europe/London", "ip": null},
                "properties": {"plan": "pro"}
              },
              "links": {"self": "https://a.klaviyo.com/api/profiles/01HZX3K5QG0A7N3Y9Q2ZKQ7C1B/"}
            }}
            """;

    public static void main(String[] args) throws Exception {
        // without TCP_NODELAY the JDK's HTTP server and a client's delayed ACK add ~40 ms to each small exchange
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path root = Path.of("").toAbsolutePath();
        Path zip = root.resolve("target/function.zip");
        Path wiremockJar = Path.of(args[0]);
        Path results = root.resolve("bench/results");
        Files.createDirectories(results.resolve("logs"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: run ./mvnw package first");
        }
        String loadBefore = load();
        // the task root, as Lambda lays out the deployment package: a fresh copy of function.zip's contents
        Path taskRoot = root.resolve("target/bench/task-root");
        if (Files.exists(taskRoot)) {
            try (var paths = Files.walk(taskRoot)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(taskRoot);
        unzip(zip, taskRoot);

        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Runtime jvm = new Runtime("JVM", jvmCommand(taskRoot), taskRoot, results.resolve("logs/jvm.log"));
        Runtime node = new Runtime("Node.js klaviyo-api", List.of("node", root.resolve("bench/node-peer.js").toString()),
                root.resolve("bench"), results.resolve("logs/node.log"));
        Runtime nativeBootstrap = nativeRuntime(taskRoot, results, notes);

        try (Klaviyo klaviyo = Klaviyo.start(wiremockJar, results.resolve("logs/wiremock.log"))) {
            // the stand-in's own JIT warm-up is not the function's: 500 direct calls before any measurement
            klaviyo.stubCreateProfile(0);
            for (int i = 0; i < 500; i++) {
                klaviyo.directCreateProfile();
            }
            for (int delay : DELAYS_MS) {
                klaviyo.stubCreateProfile(delay);
                for (Runtime runtime : nativeBootstrap == null ? List.of(jvm, node) : List.of(jvm, nativeBootstrap, node)) {
                    System.out.printf("%s, Klaviyo delay %d ms: %d cold starts%n", runtime.name, delay, COLD_RUNS);
                    cold(runtime, klaviyo, delay, rows);
                    System.out.printf("%s, Klaviyo delay %d ms: %d warm invocations%n", runtime.name, delay, WARM_INVOCATIONS);
                    warm(runtime, klaviyo, delay, rows);
                }
            }
        }
        String loadAfter = load();

        Map<String, String> machine = machine(loadBefore, loadAfter);
        String markdown = markdown(machine, rows, notes);
        System.out.println();
        System.out.println(markdown);
        Files.writeString(results.resolve("latest.md"), markdown);
        Files.writeString(results.resolve("latest.csv"), csv(machine, rows));
        System.out.println("Written: bench/results/latest.md, bench/results/latest.csv");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the runtimes

    /** A way to start the function: its command, working directory and log. */
    record Runtime(String name, List<String> command, Path directory, Path log) {
    }

    /**
     * Lambda's java21 runtime: the runtime interface client on the class path, the task root as working directory,
     * the JVM flags the runtime sets (C1 only, serial GC, class data sharing), a heap of 85% of the memory size, and
     * the memory size as the machine's memory.
     */
    static List<String> jvmCommand(Path taskRoot) throws Exception {
        List<String> jars = new ArrayList<>();
        for (Class<?> type : List.of(AWSLambda.class, Context.class, PojoSerializer.class, SdkInternalThreadLocal.class)) {
            jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Xmx" + (MEMORY_MB * 85 / 100) + "m",
                // Lambda's execution environment has the function's memory size; without this the JVM would size its
                // initial heap from this machine's memory (1/64 of it) and grow far past what it does on Lambda
                "-XX:MaxRAM=" + MEMORY_MB + "m"));
        String extra = System.getProperty("bench.jvmOptions", "");
        if (!extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, jars), AWSLambda.class.getName(), HANDLER));
        return command;
    }

    /** The native bootstrap, when function.zip holds one (an ELF executable); else a note that it was skipped. */
    static Runtime nativeRuntime(Path taskRoot, Path results, List<String> notes) throws IOException {
        Path bootstrap = taskRoot.resolve("bootstrap");
        if (Files.isRegularFile(bootstrap)) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(bootstrap), 4);
            if (head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
                bootstrap.toFile().setExecutable(true);
                return new Runtime("native", List.of(bootstrap.toString()), taskRoot, results.resolve("logs/native.log"));
            }
        }
        String note = "Native: skipped — target/function.zip holds no native bootstrap (build one with "
                + "./mvnw package -Dnative; none can be built on this machine).";
        System.out.println(note);
        notes.add(note);
        return null;
    }

    static Process start(Runtime runtime, RuntimeApi api, Klaviyo klaviyo, int maxInvocations) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(runtime.command).directory(runtime.directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runtime.log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().retainAll(List.of("PATH", "HOME"));
        env.putAll(Map.of(
                "AWS_LAMBDA_RUNTIME_API", api.address(),
                "LAMBDA_TASK_ROOT", runtime.directory.toString(),
                "_HANDLER", HANDLER,
                "AWS_LAMBDA_FUNCTION_NAME", "klaviyo-actions-createProfile",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB),
                "AWS_REGION", "eu-west-1",
                "TZ", ":UTC",
                "KLAVIYO_BASE_URL", klaviyo.baseUrl(),
                "KLAVIYO_API_KEY", API_KEY,
                "CALLER_TOKEN", CALLER_TOKEN));
        env.put("BENCH_MAX_INVOCATIONS", Integer.toString(maxInvocations));
        return builder.start();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the measurements

    static void cold(Runtime runtime, Klaviyo klaviyo, int delay, List<Row> rows) throws Exception {
        double[] total = new double[COLD_RUNS];
        double[] init = new double[COLD_RUNS];
        double[] first = new double[COLD_RUNS];
        double[] rss = new double[COLD_RUNS];
        for (int run = 0; run < COLD_RUNS; run++) {
            try (RuntimeApi api = new RuntimeApi()) {
                CompletableFuture<Outcome> outcome = api.queue(event());
                long started = System.nanoTime();
                Process process = start(runtime, api, klaviyo, 1);
                try {
                    Outcome answer = expectCreated(runtime, outcome.get(INVOCATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
                    rss[run] = peakRssMb(process);
                    total[run] = millis(answer.respondedAt - started);
                    init[run] = millis(answer.handedOutAt - started);
                    first[run] = millis(answer.respondedAt - answer.handedOutAt);
                } finally {
                    stop(process);
                }
            }
        }
        boolean java = runtime.name.equals("JVM");
        boolean nativeImage = runtime.name.equals("native");
        String coldTarget = java ? "≤ 1000 ms" : nativeImage ? "≤ 60 ms" : "";
        rows.add(Row.of("cold start: process start → first createProfile response posted", runtime.name, delay, "ms",
                total, coldTarget, limit(runtime, 1000.0, 60.0), Stat.MEDIAN));
        rows.add(Row.of("  of it: process start → first invocation/next", runtime.name, delay, "ms", init, "", null, Stat.MEDIAN));
        rows.add(Row.of("  of it: first invocation (next → response)", runtime.name, delay, "ms", first, "", null, Stat.MEDIAN));
        rows.add(Row.of("peak RSS after the first invocation (VmHWM)", runtime.name, delay, "MB", rss,
                java ? "≤ 180 MB" : nativeImage ? "≤ 60 MB" : "", limit(runtime, 180.0, 60.0), Stat.MAX));
    }

    static void warm(Runtime runtime, Klaviyo klaviyo, int delay, List<Row> rows) throws Exception {
        double[] invocation = new double[WARM_INVOCATIONS];
        double[] direct = new double[WARM_INVOCATIONS];
        double[] added = new double[WARM_INVOCATIONS];
        double rss;
        try (RuntimeApi api = new RuntimeApi()) {
            Process process = start(runtime, api, klaviyo, WARM_INVOCATIONS + 1);
            try {
                expectCreated(runtime, api.queue(event()).get(INVOCATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
                for (int i = 0; i < WARM_INVOCATIONS; i++) {
                    direct[i] = klaviyo.directCreateProfile();
                    CompletableFuture<Outcome> outcome = api.queue(event());
                    long queued = System.nanoTime();
                    Outcome answer = expectCreated(runtime, outcome.get(INVOCATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
                    invocation[i] = millis(answer.respondedAt - queued);
                    added[i] = invocation[i] - direct[i];
                }
                rss = peakRssMb(process);
            } finally {
                stop(process);
            }
        }
        boolean target = !runtime.name.startsWith("Node");
        rows.add(Row.of("warm invocation: event queued → response posted", runtime.name, delay, "ms", invocation, "", null, Stat.MEDIAN));
        rows.add(Row.of("stand-in alone: direct POST /api/profiles from the bench", runtime.name, delay, "ms", direct, "", null, Stat.MEDIAN));
        rows.add(Row.of("added latency: invocation − direct call, per pair", runtime.name, delay, "ms", added,
                target ? "p50 ≤ 1 ms, p99 ≤ 5 ms" : "", target ? 1.0 : null, Stat.ADDED));
        boolean java = runtime.name.equals("JVM");
        boolean nativeImage = runtime.name.equals("native");
        rows.add(Row.of("peak RSS after " + (WARM_INVOCATIONS + 1) + " invocations (VmHWM)", runtime.name, delay, "MB",
                new double[] {rss}, java ? "≤ 180 MB" : nativeImage ? "≤ 60 MB" : "", limit(runtime, 180.0, 60.0), Stat.MAX));
    }

    /** The target for the product's JVM or native function; the Node.js peer has none. */
    static Double limit(Runtime runtime, Double jvm, Double nativeImage) {
        return switch (runtime.name) {
            case "JVM" -> jvm;
            case "native" -> nativeImage;
            default -> null;
        };
    }

    static Outcome expectCreated(Runtime runtime, Outcome outcome) throws IOException {
        if (!outcome.kind.equals("response")) {
            throw new IllegalStateException(runtime.name + " reported " + outcome.kind + ": " + outcome.body + "; see " + runtime.log);
        }
        JsonNode response = JSON.readTree(outcome.body);
        JsonNode profile = JSON.readTree(response.path("body").asText()).path("profile");
        if (response.path("statusCode").asInt() != 200 || !profile.path("id").asText().equals("01HZX3K5QG0A7N3Y9Q2ZKQ7C1B")) {
            throw new IllegalStateException(runtime.name + " answered " + outcome.body + "; see " + runtime.log);
        }
        return outcome;
    }

    /** VmHWM of the process: the most resident memory it has had. */
    static double peakRssMb(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmHWM for process " + process.pid());
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** POST /actions/createProfile as API Gateway's HTTP API (payload 2.0) sends it. */
    static String event() {
        ObjectNode event = JSON.createObjectNode()
                .put("version", "2.0")
                .put("routeKey", "POST /actions/createProfile")
                .put("rawPath", "/actions/createProfile")
                .put("rawQueryString", "");
        event.putObject("headers")
                .put("content-type", "application/json")
                .put("accept", "application/json")
                .put("authorization", "Bearer " + CALLER_TOKEN)
                .put("host", "abc123.execute-api.eu-west-1.amazonaws.com");
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012")
                .put("apiId", "abc123")
                .put("domainName", "abc123.execute-api.eu-west-1.amazonaws.com")
                .put("requestId", UUID.randomUUID().toString())
                .put("routeKey", "POST /actions/createProfile")
                .put("stage", "$default")
                .put("timeEpoch", System.currentTimeMillis());
        context.putObject("http")
                .put("method", "POST")
                .put("path", "/actions/createProfile")
                .put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.10")
                .put("userAgent", "Botpress");
        event.put("body", CREATE_PROFILE_INPUT).put("isBase64Encoded", false);
        return event.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the Lambda Runtime API stand-in (as src/test/.../packaging/RuntimeApiStandIn, with the times the bench needs)

    /** What the function posted for one event, and when (System.nanoTime) the event was handed out and answered. */
    record Outcome(String kind, String body, long handedOutAt, long respondedAt) {
    }

    record Event(String requestId, String body) {
    }

    static final class RuntimeApi implements AutoCloseable {

        private static final String PREFIX = "/2018-06-01/runtime/";
        private final HttpServer server;
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final BlockingQueue<Event> queued = new LinkedBlockingQueue<>();
        private final Map<String, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();
        private final Map<String, Long> handedOut = new ConcurrentHashMap<>();

        RuntimeApi() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(PREFIX, this::handle);
            server.setExecutor(executor);
            server.start();
        }

        String address() {
            return server.getAddress().getHostString() + ":" + server.getAddress().getPort();
        }

        CompletableFuture<Outcome> queue(String event) {
            String requestId = UUID.randomUUID().toString();
            CompletableFuture<Outcome> outcome = new CompletableFuture<>();
            outcomes.put(requestId, outcome);
            queued.add(new Event(requestId, event));
            return outcome;
        }

        private void handle(HttpExchange exchange) throws IOException {
            long now = System.nanoTime();
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("invocation/next")) {
                next(exchange);
            } else if (path.equals("init/error")) {
                outcomes.values().forEach(outcome -> outcome.complete(new Outcome("init error", body, now, now)));
                respond(exchange, 202, "{}");
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String requestId = path.substring("invocation/".length(), path.lastIndexOf('/'));
                CompletableFuture<Outcome> outcome = outcomes.remove(requestId);
                if (outcome == null) {
                    respond(exchange, 400, "{\"errorMessage\": \"unknown request id\"}");
                    return;
                }
                respond(exchange, 202, "{\"status\": \"OK\"}");
                outcome.complete(new Outcome(path.endsWith("/response") ? "response" : "error", body,
                        handedOut.remove(requestId), now));
            } else {
                respond(exchange, 404, "{\"errorMessage\": \"not a Runtime API path\"}");
            }
        }

        private void next(HttpExchange exchange) throws IOException {
            Event event;
            try {
                event = queued.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
            handedOut.put(event.requestId, System.nanoTime());
            var headers = exchange.getResponseHeaders();
            headers.add("Lambda-Runtime-Aws-Request-Id", event.requestId);
            headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
            headers.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:klaviyo-actions");
            headers.add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
            headers.add("Content-Type", "application/json");
            respond(exchange, 200, event.body);
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void close() {
            executor.shutdownNow();
            server.stop(0);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the Klaviyo stand-in: WireMock standalone in a process of its own

    static final class Klaviyo implements AutoCloseable {

        private final Process process;
        private final String baseUrl;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        private Klaviyo(Process process, String baseUrl) {
            this.process = process;
            this.baseUrl = baseUrl;
        }

        static Klaviyo start(Path jar, Path log) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "--bind-address", "127.0.0.1", "--port", Integer.toString(port),
                    "--no-request-journal", "--disable-banner", "--disable-request-logging")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Klaviyo klaviyo = new Klaviyo(process, "http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    if (klaviyo.send("GET", "/__admin/health", null).statusCode() == 200) {
                        return klaviyo;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    klaviyo.close();
                    throw new IllegalStateException("WireMock did not start; see " + log);
                }
                Thread.sleep(100);
            }
        }

        String baseUrl() {
            return baseUrl;
        }

        /** POST /api/profiles answers 201 with the profile document after {@code delayMs}. */
        void stubCreateProfile(int delayMs) throws Exception {
            send("DELETE", "/__admin/mappings", null);
            ObjectNode mapping = JSON.createObjectNode();
            mapping.putObject("request").put("method", "POST").put("urlPath", "/api/profiles");
            ObjectNode response = mapping.putObject("response").put("status", 201)
                    .put("body", PROFILE_DOCUMENT).put("fixedDelayMilliseconds", delayMs);
            response.putObject("headers").put("Content-Type", "application/vnd.api+json");
            HttpResponse<String> answer = send("POST", "/__admin/mappings", mapping.toString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("WireMock refused the stub: " + answer.body());
            }
        }

        /** The stand-in's own time for one createProfile: a direct call from this process, in milliseconds. */
        double directCreateProfile() throws Exception {
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/profiles"))
                    .header("Authorization", "Klaviyo-API-Key " + API_KEY)
                    .header("revision", "2026-07-15")
                    .header("Accept", "application/vnd.api+json")
                    .header("Content-Type", "application/vnd.api+json")
                    .POST(HttpRequest.BodyPublishers.ofString(KLAVIYO_REQUEST)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double elapsed = millis(System.nanoTime() - started);
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("the stand-in answered " + answer.statusCode());
            }
            return elapsed;
        }

        private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws InterruptedException {
            stop(process);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // statistics and reports

    /** Which statistic a target holds: the median, the maximum, or (added latency) p50 ≤ limit and p99 ≤ 5 × limit. */
    enum Stat { MEDIAN, MAX, ADDED }

    /** One measured quantity: its samples' statistics and, where the issue sets one, the target it is held to. */
    record Row(String metric, String runtime, int delayMs, String unit, int n, double p50, double p10, double p90,
            double p99, double min, double max, String target, Boolean met) {

        static Row of(String metric, String runtime, int delayMs, String unit, double[] samples, String target,
                Double limit, Stat judged) {
            double[] sorted = samples.clone();
            Arrays.sort(sorted);
            double p50 = percentile(sorted, 50);
            double p99 = percentile(sorted, 99);
            double max = sorted[sorted.length - 1];
            Boolean met = limit == null ? null : switch (judged) {
                case MEDIAN -> p50 <= limit;
                case ADDED -> p50 <= limit && p99 <= 5 * limit;
                case MAX -> max <= limit;
            };
            return new Row(metric, runtime, delayMs, unit, sorted.length, p50, percentile(sorted, 10),
                    percentile(sorted, 90), p99, sorted[0], max, target, met);
        }

        /** Nearest-rank percentile of sorted samples. */
        static double percentile(double[] sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    static Map<String, String> machine(String loadBefore, String loadAfter) throws Exception {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        machine.put("cores", Integer.toString(java.lang.Runtime.getRuntime().availableProcessors()));
        String memTotal = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .findFirst().orElse("MemTotal: 0 kB");
        machine.put("memory", String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(memTotal.replaceAll("\\D", "")) / 1024.0 / 1024.0));
        machine.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown"));
        machine.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("Node.js", new String(new ProcessBuilder("node", "--version").start().getInputStream().readAllBytes()).trim());
        machine.put("load average (1/5/15 min) at start", loadBefore);
        machine.put("load average (1/5/15 min) at end", loadAfter);
        machine.put("JVM flags", String.join(" ", jvmFlags()));
        machine.put("Klaviyo stand-in", "WireMock standalone 3.13.2 on 127.0.0.1, delays " + DELAYS_MS + " ms");
        machine.put("runs", COLD_RUNS + " fresh processes per cold-start figure; " + WARM_INVOCATIONS
                + " sequential warm invocations in one process");
        return machine;
    }

    static List<String> jvmFlags() throws Exception {
        List<String> command = jvmCommand(Path.of("."));
        return command.subList(1, command.indexOf("-cp"));
    }

    static String load() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    static String markdown(Map<String, String> machine, List<Row> rows, List<String> notes) {
        StringBuilder out = new StringBuilder("## Benchmark: createProfile, JVM artifact beside the Node.js peer\n\n");
        machine.forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append('\n'));
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        out.append("\n| Klaviyo delay | runtime | measurement | n | median | p10 – p90 | min – max | p99 | target | met |\n");
        out.append("|---:|---|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            String u = " " + row.unit;
            out.append("| ").append(row.delayMs).append(" ms | ").append(row.runtime).append(" | ").append(row.metric)
                    .append(" | ").append(row.n)
                    .append(" | ").append(number(row.p50)).append(u)
                    .append(" | ").append(number(row.p10)).append(" – ").append(number(row.p90))
                    .append(" | ").append(number(row.min)).append(" – ").append(number(row.max))
                    .append(" | ").append(number(row.p99))
                    .append(" | ").append(row.target)
                    .append(" | ").append(row.met == null ? "" : row.met ? "yes" : "**no**").append(" |\n");
        }
        return out.toString();
    }

    static String csv(Map<String, String> machine, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        machine.forEach((key, value) -> out.append("# ").append(key).append(": ").append(value).append('\n'));
        out.append("delay_ms,runtime,measurement,unit,n,median,p10,p90,p99,min,max,target,met\n");
        for (Row row : rows) {
            out.append(row.delayMs).append(',').append(quote(row.runtime)).append(',').append(quote(row.metric.trim()))
                    .append(',').append(row.unit).append(',').append(row.n);
            for (double value : new double[] {row.p50, row.p10, row.p90, row.p99, row.min, row.max}) {
                out.append(',').append(String.format(Locale.ROOT, "%.3f", value));
            }
            out.append(',').append(quote(row.target)).append(',').append(row.met == null ? "" : row.met).append('\n');
        }
        return out.toString();
    }

    static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static void unzip(Path zip, Path target) throws IOException {
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
