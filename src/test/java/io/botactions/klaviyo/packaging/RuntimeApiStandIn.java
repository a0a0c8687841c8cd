package io.botactions.klaviyo.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Lambda Runtime API as a function sees it, on loopback: {@code invocation/next} hands out the queued events
 * and blocks while there is none, as Lambda does, and the function's {@code response} or {@code error} for each
 * event is kept for the test. An {@code init/error} fails every invocation, so a function that cannot start makes
 * the test fail at once instead of waiting.
 */
final class RuntimeApiStandIn implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";

    /** What the function posted back for the event Lambda numbered {@code requestId}. */
    record Outcome(String requestId, Kind kind, String body) {
    }

    enum Kind {
        RESPONSE,
        ERROR,
        INIT_ERROR
    }

    private record Event(String requestId, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Event> queued = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();

    RuntimeApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::handle);
        // invocation/next blocks a thread until an event comes, so the other calls need threads of their own
        server.setExecutor(executor);
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Queues one event and waits for what the function posts back for it. */
    Outcome invoke(String event, Duration timeout) throws Exception {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        outcomes.put(requestId, outcome);
        queued.add(new Event(requestId, event));
        try {
            return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the function posted nothing back within " + timeout, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String body = read(exchange.getRequestBody());
        if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
            next(exchange);
        } else if (path.equals("init/error")) {
            outcomes.forEach((requestId, outcome) -> outcome.complete(new Outcome(requestId, Kind.INIT_ERROR, body)));
            respond(exchange, 202, "{}");
        } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
            complete(exchange, path, Kind.RESPONSE, body);
        } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
            complete(exchange, path, Kind.ERROR, body);
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
        var headers = exchange.getResponseHeaders();
        headers.add("Lambda-Runtime-Aws-Request-Id", event.requestId());
        headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
        headers.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:klaviyo-actions");
        headers.add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        headers.add("Content-Type", "application/json");
        respond(exchange, 200, event.body());
    }

    private void complete(HttpExchange exchange, String path, Kind kind, String body) throws IOException {
        String requestId = path.substring("invocation/".length(), path.lastIndexOf('/'));
        CompletableFuture<Outcome> outcome = outcomes.remove(requestId);
        if (outcome == null) {
            respond(exchange, 400, "{\"errorMessage\": \"unknown request id\"}");
            return;
        }
        outcome.complete(new Outcome(requestId, kind, body));
        respond(exchange, 202, "{\"status\": \"OK\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        server.stop(0);
    }
}
