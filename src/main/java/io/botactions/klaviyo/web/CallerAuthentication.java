package io.botactions.klaviyo.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.botactions.klaviyo.credentials.CallerConfig;
import io.botactions.klaviyo.credentials.CredentialsUnavailableException;
import io.botactions.klaviyo.credentials.KlaviyoCredentials;
import io.botactions.klaviyo.error.Problems;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Only callers holding the deployment's token may spend its Klaviyo key: every {@code /actions} route requires
 * {@code Authorization: Bearer <token>}, checked before the input is read. The Botpress endpoint takes the same
 * header, or the token as the last segment of its URL ({@code /botpress/<token>}), because Botpress calls an
 * integration's URL with headers of its own choosing.
 */
@ApplicationScoped
public class CallerAuthentication {

    private static final String BEARER = "Bearer ";
    private static final String BOTPRESS = "/botpress";

    private final KlaviyoCredentials credentials;
    private final CallerConfig config;

    CallerAuthentication(KlaviyoCredentials credentials, CallerConfig config) {
        this.credentials = credentials;
        this.config = config;
    }

    void announceOpenAccess(@Observes StartupEvent event) {
        if (!config.tokenRequired() && config.token().isEmpty()) {
            Log.warn("No CALLER_TOKEN is set and caller.token-required is false: any caller may use the actions."
                    + " Only dev mode runs like this.");
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean botpress = path.equals(BOTPRESS) || path.startsWith(BOTPRESS + "/");
        if (!path.startsWith("/actions/") && !botpress) {
            return Optional.empty();
        }
        Optional<String> expected;
        try {
            expected = credentials.callerToken();
        } catch (CredentialsUnavailableException e) {
            return Optional.of(Problems.credentialsUnavailable(e));
        }
        if (expected.isEmpty()) {
            return config.tokenRequired()
                    ? Optional.of(Problems.credentialsUnavailable(new CredentialsUnavailableException(
                            "No caller token is configured: set callerToken in the secret, or CALLER_TOKEN for local runs.")))
                    : Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented;
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            presented = header.substring(BEARER.length()).strip();
        } else if (botpress && path.startsWith(BOTPRESS + "/")) {
            presented = path.substring(BOTPRESS.length() + 1);
        } else {
            return Optional.of(Problems.unauthorized("Send the deployment's caller token as Authorization: Bearer <token>."));
        }
        if (!sameToken(expected.get(), presented)) {
            return Optional.of(Problems.unauthorized("The caller token is not the deployment's."));
        }
        return Optional.empty();
    }

    /** Compares in constant time, so response timing reveals nothing about the token. */
    private static boolean sameToken(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
