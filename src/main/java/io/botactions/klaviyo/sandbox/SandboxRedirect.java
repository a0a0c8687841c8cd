package io.botactions.klaviyo.sandbox;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import io.quarkus.arc.Arc;
import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Dev mode only: sends the Klaviyo REST client's calls to the sandbox while it runs. Registered for the
 * {@code klaviyo} client by a {@code %dev} property, so production builds never load it.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class SandboxRedirect implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Arc.container().instance(KlaviyoSandbox.class).get().url().ifPresent(base -> {
            URI original = request.getUri();
            request.setUri(base.resolve(original.getRawPath() + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery())));
        });
    }
}
