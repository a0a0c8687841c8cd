package io.botactions.klaviyo.klaviyo;

import java.util.Optional;

/**
 * A search for profiles: at most one filter condition, a page size and an optional sort key.
 */
public record ProfileQuery(Optional<ProfileFilter> filter, int pageSize, Optional<String> sort) {
}
