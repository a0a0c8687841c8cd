package io.botactions.klaviyo.profile;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.ProfileFilter;
import io.botactions.klaviyo.klaviyo.ProfileQuery;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;

/**
 * Input of {@code getProfiles}: an optional filter (field, operator and value together), a page size and a sort
 * key. Only the field and operator pairs Klaviyo accepts pass.
 */
@Consistent
public record GetProfilesInput(
        String filterField,
        String filterOperator,
        @Size(max = 512) String filterValue,
        @Min(1) @Max(100) Integer pageSize,
        @Pattern(regexp = "^-?(created|email|id|updated)$", message = "must be one of created, email, id, updated, each optionally with a leading -") String sort)
        implements CrossChecked {

    static final int DEFAULT_PAGE_SIZE = 20;

    /** Klaviyo's operators per filterable field, from the filter description of GET /api/profiles. */
    private static final Map<String, List<String>> OPERATORS = Map.of(
            "id", List.of("equals", "any"),
            "email", List.of("equals", "any"),
            "phone_number", List.of("equals", "any"),
            "external_id", List.of("equals", "any"),
            "created", List.of("greater-than", "less-than"),
            "updated", List.of("greater-than", "less-than"));
    private static final List<String> FIELDS = List.of("id", "email", "phone_number", "external_id", "created", "updated");

    @Override
    public void check(Violations violations) {
        long given = Stream.of(filterField, filterOperator, filterValue).filter(Objects::nonNull).count();
        if (given == 0) {
            return;
        }
        if (given < 3) {
            Stream.of("filterField", "filterOperator", "filterValue")
                    .filter(name -> valueOf(name) == null)
                    .forEach(name -> violations.add(name, "is required when any of filterField, filterOperator, filterValue is given"));
            return;
        }
        List<String> allowed = OPERATORS.get(filterField);
        if (allowed == null) {
            violations.add("filterField", "must be one of " + String.join(", ", FIELDS));
        } else if (!allowed.contains(filterOperator)) {
            violations.add("filterOperator", "must be one of " + String.join(", ", allowed) + " when filterField is " + filterField);
        } else if (isDate() && parseDate().isEmpty()) {
            violations.add("filterValue", "must be an ISO-8601 date-time with an offset, such as 2024-01-31T09:00:00Z");
        }
    }

    ProfileQuery toQuery() {
        Optional<ProfileFilter> filter = Optional.ofNullable(filterField).map(field -> isDate()
                ? ProfileFilter.dateTime(field, filterOperator, parseDate().orElseThrow())
                : ProfileFilter.text(field, filterOperator, filterValue));
        return new ProfileQuery(filter, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize, Optional.ofNullable(sort));
    }

    private boolean isDate() {
        return "created".equals(filterField) || "updated".equals(filterField);
    }

    private Optional<OffsetDateTime> parseDate() {
        try {
            return Optional.of(OffsetDateTime.parse(filterValue));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String valueOf(String name) {
        return switch (name) {
            case "filterField" -> filterField;
            case "filterOperator" -> filterOperator;
            default -> filterValue;
        };
    }
}
