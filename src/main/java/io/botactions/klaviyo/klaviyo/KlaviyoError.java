package io.botactions.klaviyo.klaviyo;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One entry of the {@code errors} array of a Klaviyo error document, kept so the caller can see what Klaviyo
 * objected to.
 */
// serialized only inside a Problem, which Quarkus does not see either
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KlaviyoError(String code, String title, String detail, String pointer) {
}
