package io.botactions.klaviyo.profile;

import io.botactions.klaviyo.klaviyo.Profile;

/**
 * Output of {@code createOrUpdateProfile}: the profile as Klaviyo stored it, and whether Klaviyo created it
 * ({@code true}) or updated an existing one ({@code false}).
 */
public record UpsertResult(Profile profile, boolean created) {
}
