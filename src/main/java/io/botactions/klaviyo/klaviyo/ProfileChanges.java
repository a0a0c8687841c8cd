package io.botactions.klaviyo.klaviyo;

import java.util.Map;
import java.util.Set;

/**
 * Attributes to write on a profile. A null component is not sent, so Klaviyo leaves that attribute as it is; an
 * attribute in {@code cleared} is sent as an explicit {@code null}, which makes Klaviyo clear it.
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
        Map<String, Object> properties,
        Set<ProfileField> cleared) {

    public ProfileChanges {
        cleared = Set.copyOf(cleared);
    }
}
