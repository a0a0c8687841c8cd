package io.botactions.klaviyo.klaviyo;

import java.util.Map;

/**
 * Attributes to write on a profile. A null component is not sent, so Klaviyo leaves that attribute as it is.
 */
public record ProfileChanges(
        String email,
        String phone,
        String externalId,
        String firstName,
        String lastName,
        String organization,
        String title,
        String locale,
        Location location,
        Map<String, Object> properties) {
}
