package io.botactions.klaviyo.klaviyo;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.client.api.ClientLogger;

import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * Replaces the REST client's request logging, which would print headers and bodies: Klaviyo's key travels in a
 * header, customers' emails and phone numbers in bodies and filters. This logs the method, the path without its
 * query, and the status.
 */
@ApplicationScoped
public class KlaviyoCallLogger implements ClientLogger {

    @Override
    public void setBodySize(int bodySize) {
        // Bodies are never logged, so their size limit does not matter.
    }

    @Override
    public void logRequest(HttpClientRequest request, Buffer body, boolean omitBody) {
        Log.debugf("Klaviyo call %s %s", request.getMethod(), pathOf(request.getURI()));
    }

    @Override
    public void logResponse(HttpClientResponse response, boolean redirect) {
        Log.debugf("Klaviyo answered %d to %s %s", response.statusCode(), response.request().getMethod(),
                pathOf(response.request().getURI()));
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
