package io.botactions.klaviyo.profile;

import io.botactions.klaviyo.klaviyo.Profile;

/**
 * Output of the actions that return one profile.
 */
public record ProfileResult(Profile profile) {
}
