package io.botactions.klaviyo.botpress;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.botactions.klaviyo.error.Problem;

/**
 * Gives the Botpress endpoint's failures the shape Botpress reads, {@code {"code", "type": "Runtime", "message"}},
 * with everything the problem of an {@code /actions} route says folded into the message.
 */
public class BotpressErrors {

    @ServerResponseFilter
    public void reshape(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/botpress") || path.startsWith("/botpress/")) || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        response.setEntity(new BotpressError(problem.status(), "Runtime", message(problem)), null,
                MediaType.APPLICATION_JSON_TYPE);
    }

    static String message(Problem problem) {
        List<String> parts = new ArrayList<>();
        parts.add(problem.title() + ": " + problem.detail());
        if (problem.violations() != null) {
            problem.violations().forEach(violation -> parts.add(sentence(violation.field() + " " + violation.message())));
        }
        if (problem.errors() != null) {
            problem.errors().forEach(error -> parts.add(sentence("Klaviyo: " + error.detail()
                    + (error.pointer() == null ? "" : " (" + error.pointer() + ")"))));
        }
        if (problem.duplicateProfileId() != null) {
            parts.add("Existing profile: " + problem.duplicateProfileId() + ".");
        }
        parts.add("[" + problem.type() + (problem.requestId() == null ? "" : ", request " + problem.requestId()) + "]");
        return String.join(" ", parts);
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
