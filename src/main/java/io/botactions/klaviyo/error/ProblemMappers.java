package io.botactions.klaviyo.error;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.botactions.klaviyo.action.MissingInputException;
import io.botactions.klaviyo.credentials.CredentialsUnavailableException;
import io.botactions.klaviyo.klaviyo.KlaviyoException;
import io.quarkus.logging.Log;

/**
 * Turns every failure into one {@link Problem} body. Nothing here echoes an exception message that could carry a
 * Java class name, a stack trace, a key or a customer's data.
 */
public class ProblemMappers {

    /** Roughly the circuit breaker's delay: when a call may find Klaviyo's calls resumed. */
    private static final int CIRCUIT_RETRY_AFTER_SECONDS = 15;

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.invalid(violations));
    }

    @ServerExceptionMapper
    public Response missingInput(MissingInputException e) {
        return respond(Problem.invalid(List.of(new Problem.Violation("body", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return respond(Problem.of(ProblemType.INVALID_INPUT, "The body is not well-formed JSON."));
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
        String message = e instanceof UnrecognizedPropertyException
                ? "is not a known field"
                : e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType()) : "has the wrong type";
        return respond(Problem.invalid(List.of(new Problem.Violation(field, message))));
    }

    @ServerExceptionMapper
    public Response klaviyoFailed(KlaviyoException e) {
        ProblemType type = switch (e.status()) {
            case 429 -> ProblemType.KLAVIYO_RATE_LIMITED;
            case 400 -> ProblemType.KLAVIYO_BAD_REQUEST;
            case 404 -> ProblemType.KLAVIYO_NOT_FOUND;
            case 409 -> ProblemType.KLAVIYO_CONFLICT;
            case 401, 403 -> ProblemType.KLAVIYO_CREDENTIALS;
            default -> e.status() >= 500 ? ProblemType.KLAVIYO_FAILED : ProblemType.KLAVIYO_REJECTED;
        };
        String detail = switch (type) {
            case KLAVIYO_CONFLICT -> e.duplicateProfileId().isPresent()
                    ? "A profile with this email or phone already exists: " + e.duplicateProfileId().get() + "."
                    : "Klaviyo reports a conflict.";
            case KLAVIYO_CREDENTIALS -> e.status() == 401
                    ? "Klaviyo answered 401: the API key is missing, malformed or revoked. Check the deployment's key."
                    : "Klaviyo answered 403: the API key lacks a scope this action needs (profiles:read, profiles:write, subscriptions:write, lists:write, events:write).";
            case KLAVIYO_RATE_LIMITED -> "Klaviyo's rate limit is reached and the wait it asks for does not fit in this"
                    + " invocation. Try again after Retry-After seconds.";
            default -> "Klaviyo answered " + e.status() + ".";
        };
        if (type == ProblemType.KLAVIYO_CREDENTIALS || type == ProblemType.KLAVIYO_FAILED) {
            Log.warnf("Klaviyo answered %d", e.status());
        }
        Response response = respond(Problem.of(type, type.status(), detail, List.of(), e.errors(),
                e.duplicateProfileId().orElse(null)));
        if (type != ProblemType.KLAVIYO_RATE_LIMITED) {
            return response;
        }
        long seconds = Math.max(1, e.retryAfter().map(java.time.Duration::toSeconds).orElse(1L));
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    @ServerExceptionMapper
    public Response klaviyoTooSlow(TimeoutException e) {
        Log.warn("Klaviyo did not answer in time");
        return respond(Problem.of(ProblemType.KLAVIYO_TIMEOUT, "Klaviyo did not answer in time."));
    }

    @ServerExceptionMapper
    public Response klaviyoPaused(CircuitBreakerOpenException e) {
        Log.warn("Klaviyo calls are paused: the circuit breaker is open");
        Response response = respond(Problem.of(ProblemType.KLAVIYO_CIRCUIT_OPEN,
                "Klaviyo failed repeatedly, so calls to it are paused for a short while. Try again later."));
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, CIRCUIT_RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response credentialsUnavailable(CredentialsUnavailableException e) {
        return Problems.credentialsUnavailable(e);
    }

    @ServerExceptionMapper
    public Response klaviyoUnreachable(ProcessingException e) {
        if (isTimeout(e)) {
            return klaviyoTooSlow(new TimeoutException());
        }
        Log.warnf("Klaviyo could not be reached: %s", rootCause(e).getClass().getSimpleName());
        return respond(Problem.of(ProblemType.KLAVIYO_FAILED, "Klaviyo could not be reached."));
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof java.net.SocketTimeoutException
                    || cause.getClass().getSimpleName().contains("TimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @ServerExceptionMapper
    public Response httpRefused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemType.INVALID_INPUT : ProblemType.INTERNAL;
        };
        String detail = switch (type) {
            case NOT_FOUND -> "There is no action at this path. The actions are POST /actions/<name>.";
            case METHOD_NOT_ALLOWED -> "The actions accept POST only.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the input as application/json.";
            case NOT_ACCEPTABLE -> "The actions answer application/json.";
            case PAYLOAD_TOO_LARGE -> "The body is larger than the function accepts.";
            case INTERNAL -> "The function failed. The error is logged.";
            default -> "The body is not well-formed JSON.";
        };
        if (type == ProblemType.INTERNAL) {
            Log.error("Request failed", e);
        }
        return respond(Problem.of(type, status, detail, List.of(), List.of(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("Request failed", e);
        return respond(Problem.of(ProblemType.INTERNAL, "The function failed. The error is logged."));
    }

    private static Response respond(Problem problem) {
        return Problems.response(problem);
    }

    /** The field's path in the input: {@code profileSubscriptions[3].email}, without the handler and parameter. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time with an offset, such as 2024-01-31T09:00:00Z";
        }
        return "must be a JSON object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
