package io.botactions.klaviyo.list;

/**
 * Output of {@code addProfilesToList} and {@code removeProfilesFromList}: {@code success} is true once Klaviyo
 * changed the list.
 */
public record ListMembershipResult(boolean success) {
}
