package io.botactions.klaviyo.profile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.botactions.klaviyo.klaviyo.Profile;

/**
 * Output of {@code getProfiles}: one page of profiles, and {@code nextCursor} (absent on the last page) to pass as
 * {@code pageCursor} for the next one.
 */
public record ProfilesResult(List<Profile> profiles, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
}
