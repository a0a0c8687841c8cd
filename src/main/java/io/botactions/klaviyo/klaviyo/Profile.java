package io.botactions.klaviyo.klaviyo;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Klaviyo profile as the actions return it: Klaviyo's attributes in camelCase, {@code phone_number} as
 * {@code phone}. {@code location} is present only when Klaviyo has one, {@code subscriptions} only when the action
 * asked Klaviyo for them.
 */
public record Profile(
        String id,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String externalId,
        @Schema(nullable = true) String firstName,
        @Schema(nullable = true) String lastName,
        @Schema(nullable = true) String organization,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String locale,
        @JsonInclude(JsonInclude.Include.NON_NULL) Location location,
        @Schema(nullable = true) Map<String, Object> properties,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProfileSubscriptions subscriptions,
        @Schema(nullable = true) String created,
        @Schema(nullable = true) String updated) {
}
