package io.botactions.klaviyo.klaviyo;

import java.util.List;
import java.util.Optional;

/**
 * A search for profiles: conditions that must all hold, a page size, an optional sort key, the cursor of the page
 * to read (none for the first), and whether to ask for each profile's subscriptions.
 */
public record ProfileQuery(List<ProfileFilter> filters, int pageSize, Optional<String> sort, Optional<String> pageCursor,
        boolean withSubscriptions) {

    public ProfileQuery {
        filters = List.copyOf(filters);
    }

    /**
     * Klaviyo's {@code filter} parameter: the one condition, or several combined with {@code and(...)}.
     */
    public Optional<String> filterExpression() {
        List<String> expressions = filters.stream().map(ProfileFilter::expression).toList();
        return switch (expressions.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(expressions.get(0));
            default -> Optional.of("and(" + String.join(",", expressions) + ")");
        };
    }
}
