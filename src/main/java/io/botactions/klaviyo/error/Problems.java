package io.botactions.klaviyo.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.botactions.klaviyo.credentials.CredentialsUnavailableException;
import io.quarkus.logging.Log;

/**
 * Problem responses for the places that answer before an action runs, such as the caller check.
 */
public final class Problems {

    private Problems() {
    }

    public static Response unauthorized(String detail) {
        return Response.fromResponse(response(Problem.of(ProblemType.UNAUTHORIZED, detail)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /**
     * A 400 problem naming the one part of the request that is wrong, such as a header.
     */
    public static Response invalid(String field, String message) {
        return response(Problem.invalid(java.util.List.of(new Problem.Violation(field, message))));
    }

    public static Response payloadTooLarge() {
        return response(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the function accepts."));
    }

    public static Response credentialsUnavailable(CredentialsUnavailableException e) {
        Log.error(e.getMessage());
        return response(Problem.of(ProblemType.CREDENTIALS_UNAVAILABLE, e.getMessage()));
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
