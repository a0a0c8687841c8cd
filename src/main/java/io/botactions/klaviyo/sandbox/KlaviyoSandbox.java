package io.botactions.klaviyo.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.botactions.klaviyo.klaviyo.KlaviyoConfig;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: when no Klaviyo key is configured, a WireMock server on loopback plays Klaviyo, keeping the
 * profiles it is sent in memory, so the actions can be tried offline. WireMock is a provided dependency, so neither
 * it nor this bean reaches a production build.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class KlaviyoSandbox {

    /** The key dev mode uses when KLAVIYO_API_KEY is not set; it turns the sandbox on. */
    static final String SANDBOX_KEY = "sandbox";

    /** A plain logger: the Log facade would make Quarkus rewrite this class into the production jar. */
    private static final Logger LOG = Logger.getLogger(KlaviyoSandbox.class);

    private WireMockServer server;

    void start(@Observes StartupEvent event, KlaviyoConfig config) {
        if (!config.apiKey().filter(SANDBOX_KEY::equals).isPresent()) {
            LOG.infof("Klaviyo sandbox off: calls go to %s with the configured KLAVIYO_API_KEY", config.baseUrl());
            return;
        }
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new SandboxKlaviyo()));
        server.start();
        server.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withTransformers(SandboxKlaviyo.NAME)));
        LOG.warnf("Klaviyo sandbox in use at %s: nothing reaches Klaviyo, profiles live in memory until dev mode stops."
                + " Set KLAVIYO_API_KEY to call Klaviyo.", server.baseUrl());
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Where the sandbox listens, while it runs.
     */
    Optional<URI> url() {
        return server == null ? Optional.empty() : Optional.of(URI.create(server.baseUrl()));
    }
}
