package io.botactions.klaviyo.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.botactions.klaviyo.invocation.Invocation;
import io.botactions.klaviyo.klaviyo.KlaviyoError;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The RFC 9457 body of every failed call, sent as {@code application/problem+json}.
 *
 * @param type stable URI of the kind of failure
 * @param title short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this call
 * @param violations each input field that broke a rule, for invalid input
 * @param errors Klaviyo's own error entries, when Klaviyo refused the call
 * @param duplicateProfileId the existing profile, when Klaviyo refused a create as a duplicate
 * @param requestId the Lambda request id of the call, to quote when asking for support
 */
// mappers return it inside a Response, where Quarkus cannot see its type; Violation is registered with it
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<Violation> violations,
        List<KlaviyoError> errors,
        String duplicateProfileId,
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(ProblemType type, String detail) {
        return of(type, type.status(), detail, List.of(), List.of(), null);
    }

    static Problem invalid(List<Violation> violations) {
        return of(ProblemType.INVALID_INPUT, ProblemType.INVALID_INPUT.status(),
                "The input breaks " + violations.size() + " rule(s).", violations, List.of(), null);
    }

    static Problem of(ProblemType type, int status, String detail, List<Violation> violations, List<KlaviyoError> errors,
            String duplicateProfileId) {
        String requestId = Invocation.current().flatMap(Invocation::requestId).orElse(null);
        return new Problem(type.uri(), type.title(), status, detail, violations, errors, duplicateProfileId, requestId);
    }

    /**
     * One rule an input field breaks.
     *
     * @param field the path of the field in the input, such as {@code profileSubscriptions[3].email}
     * @param message the rule
     */
    public record Violation(String field, String message) {
    }
}
