package io.botactions.klaviyo.invocation;

import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads the invocation's start time and Lambda deadline as the request arrives, before any other work.
 */
public class InvocationStart {

    private final Invocation invocation;

    InvocationStart(Invocation invocation) {
        this.invocation = invocation;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public void start() {
        invocation.started();
    }
}
