package io.botactions.klaviyo.klaviyo;

/**
 * The profile a create-or-update left at Klaviyo, and whether Klaviyo created it (201) rather than updated it (200).
 */
public record ImportedProfile(Profile profile, boolean created) {
}
