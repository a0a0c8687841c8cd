package io.botactions.klaviyo.klaviyo;

import java.util.Map;

/**
 * A Klaviyo profile as the actions return it: Klaviyo's attributes in camelCase, {@code phone_number} as
 * {@code phone}.
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
        String created,
        String updated) {
}
