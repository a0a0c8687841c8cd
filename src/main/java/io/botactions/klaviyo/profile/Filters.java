package io.botactions.klaviyo.profile;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.botactions.klaviyo.klaviyo.ProfileFilter;
import io.botactions.klaviyo.validation.CrossChecked.Violations;

/**
 * The rules of one {@code getProfiles} condition, shared by the top-level filter fields and each entry of
 * {@code filters}: only the field and operator pairs Klaviyo accepts, several values only with {@code any}, and
 * date-times with an offset.
 */
final class Filters {

    /** The input's names for a condition's parts, so each violation names the field the bot sent. */
    record Names(String field, String operator, String value, String values) {
    }

    /** Klaviyo's operators per filterable field, from the filter description of GET /api/profiles. */
    private static final Map<String, List<String>> OPERATORS = Map.of(
            "id", List.of("equals", "any"),
            "email", List.of("equals", "any"),
            "phone_number", List.of("equals", "any"),
            "external_id", List.of("equals", "any"),
            "created", List.of("greater-than", "less-than"),
            "updated", List.of("greater-than", "less-than"));
    private static final List<String> FIELDS = List.of("id", "email", "phone_number", "external_id", "created", "updated");

    private Filters() {
    }

    /**
     * Checks a condition whose field, operator and value (or values) are all given.
     */
    static void check(String field, String operator, String value, List<String> values, Names names,
            Violations violations) {
        List<String> allowed = OPERATORS.get(field);
        if (allowed == null) {
            violations.add(names.field(), "must be one of " + String.join(", ", FIELDS));
        } else if (!allowed.contains(operator)) {
            violations.add(names.operator(), "must be one of " + String.join(", ", allowed) + " when " + names.field()
                    + " is " + field);
        } else if (value != null && values != null) {
            violations.add(names.values(), "is not accepted together with " + names.value());
        } else if (values != null && !"any".equals(operator)) {
            violations.add(names.values(), "is only accepted when " + names.operator() + " is any");
        } else if (isDate(field) && parseDate(value).isEmpty()) {
            violations.add(names.value(), "must be an ISO-8601 date-time with an offset, such as 2024-01-31T09:00:00Z");
        }
    }

    /** The condition of a checked input. */
    static ProfileFilter toFilter(String field, String operator, String value, List<String> values) {
        if (isDate(field)) {
            return ProfileFilter.dateTime(field, operator, parseDate(value).orElseThrow());
        }
        return values != null ? ProfileFilter.anyOf(field, values) : ProfileFilter.text(field, operator, value);
    }

    private static boolean isDate(String field) {
        return "created".equals(field) || "updated".equals(field);
    }

    private static Optional<OffsetDateTime> parseDate(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
