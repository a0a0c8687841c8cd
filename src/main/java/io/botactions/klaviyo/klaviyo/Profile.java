package io.botactions.klaviyo.klaviyo;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Klaviyo profile as the actions return it: Klaviyo's attributes in camelCase, {@code phone_number} as
 * {@code phone}. {@code subscriptions} is present only when the action asked Klaviyo for it.
 */
public record Profile(
        String id,
        String email,
        String phone,
        String externalId,
        String firstName,
        String lastName,
        String organization,
        String title,
        String locale,
        Location location,
        Map<String, Object> properties,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProfileSubscriptions subscriptions,
        String created,
        String updated) {
}
