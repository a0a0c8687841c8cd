package io.botactions.klaviyo.profile;

import java.util.List;

import io.botactions.klaviyo.klaviyo.Profile;

/**
 * Output of {@code getProfiles}.
 */
public record ProfilesResult(List<Profile> profiles) {
}
