package io.botactions.klaviyo.klaviyo;

import java.util.List;
import java.util.Optional;

/**
 * One page of a profile search, and the cursor of the next page when there is one.
 */
public record ProfilePage(List<Profile> profiles, Optional<String> nextCursor) {
}
