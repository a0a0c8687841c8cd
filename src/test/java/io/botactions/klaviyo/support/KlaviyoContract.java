package io.botactions.klaviyo.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Validates requests against Klaviyo's own OpenAPI description in {@code ../shared/klaviyo-openapi/}, each against
 * the file that describes its path: {@code lists.json} for {@code /api/lists/...}, {@code events.json} for
 * {@code /api/events...}, {@code accounts.json} for {@code /api/accounts}, {@code profiles.json} for the rest. Where a
 * file is absent (a fresh clone outside this project's workspace), it says so once and checks nothing against it.
 */
public final class KlaviyoContract implements ServeEventListener {

    public static final Path SPEC_DIRECTORY = Path.of("..", "shared", "klaviyo-openapi");

    /** Path prefixes and the spec file that describes them; the first match wins, the last entry catches the rest. */
    private static final Map<String, String> SPEC_BY_PREFIX = linked(
            "/api/lists", "lists.json",
            "/api/events", "events.json",
            "/api/accounts", "accounts.json",
            "/api/", "profiles.json");

    private final Map<String, Optional<OpenApiInteractionValidator>> validators;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();

    private KlaviyoContract(Map<String, Optional<OpenApiInteractionValidator>> validators) {
        this.validators = validators;
    }

    /** Every spec file the product's calls need. */
    public static KlaviyoContract forKlaviyo() {
        Map<String, Optional<OpenApiInteractionValidator>> validators = new LinkedHashMap<>();
        new LinkedHashSet<>(SPEC_BY_PREFIX.values()).forEach(file -> validators.put(file, validator(file)));
        return new KlaviyoContract(validators);
    }

    private static Optional<OpenApiInteractionValidator> validator(String file) {
        Path spec = SPEC_DIRECTORY.resolve(file);
        if (!Files.isReadable(spec)) {
            System.err.println("Klaviyo contract checks skipped: " + spec.toAbsolutePath().normalize()
                    + " is absent, so requests sent to the Klaviyo stand-in are not validated against Klaviyo's OpenAPI.");
            return Optional.empty();
        }
        return Optional.of(OpenApiInteractionValidator
                .createForSpecificationUrl(spec.toAbsolutePath().toUri().toString())
                .build());
    }

    /** True when every spec file was found, so every request is checked. */
    public boolean enabled() {
        return validators.values().stream().allMatch(Optional::isPresent);
    }

    @Override
    public String getName() {
        return "klaviyo-contract";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
        pending.incrementAndGet();
    }

    /**
     * Checks a request once its response is sent, so the first check's loading of the description never slows the
     * stand-in's answer past the client's timeout.
     */
    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        try {
            check(event.getRequest());
        } finally {
            pending.decrementAndGet();
        }
    }

    void check(com.github.tomakehurst.wiremock.http.Request request) {
        String path = request.getUrl().split("\\?", 2)[0];
        String file = SPEC_BY_PREFIX.entrySet().stream()
                .filter(entry -> path.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("profiles.json");
        validators.get(file).ifPresent(openApi -> {
            ValidationReport report = openApi.validateRequest(toRequest(request));
            if (report.hasErrors()) {
                violations.add(request.getMethod() + " " + request.getUrl() + " (" + file + "): " + report.getMessages());
            }
        });
    }

    /** The violations found since the last reset, one line per request, once every received request is checked. */
    public List<String> violations() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(violations);
    }

    /**
     * Starts a test afresh. A request whose client gave up (a slow-Klaviyo test) may never complete; its count is
     * dropped here so that it cannot hold every later test's {@link #violations()} for the full wait.
     */
    void reset() {
        violations.clear();
        pending.set(0);
    }

    private static Request toRequest(com.github.tomakehurst.wiremock.http.Request request) {
        String path = request.getUrl().split("\\?", 2)[0];
        var builder = new SimpleRequest.Builder(request.getMethod().getName(), path);
        request.getHeaders().all().forEach(header -> builder.withHeader(header.key(), header.values()));
        if (request.getUrl().contains("?")) {
            for (String name : queryNames(request.getUrl())) {
                QueryParameter parameter = request.queryParameter(name);
                builder.withQueryParam(name, parameter.values());
            }
        }
        if (request.getBody() != null && request.getBody().length > 0) {
            builder.withBody(request.getBodyAsString());
        }
        return builder.build();
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> queryNames(String url) {
        return java.util.Arrays.stream(url.split("\\?", 2)[1].split("&"))
                .map(pair -> java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8))
                .distinct()
                .toList();
    }
}
