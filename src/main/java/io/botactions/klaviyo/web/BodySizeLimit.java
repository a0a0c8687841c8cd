package io.botactions.klaviyo.web;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.botactions.klaviyo.error.Problems;

/**
 * Refuses bodies over 1 MiB with a problem, before they are read. The largest input, 1000 subscriptions, takes
 * about 150 KB; Quarkus' own 10 MiB limit stays behind this one for bodies that announce no length.
 */
public class BodySizeLimit {

    static final long MAX_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        return request.getLength() > MAX_BYTES ? Optional.of(Problems.payloadTooLarge()) : Optional.empty();
    }
}
