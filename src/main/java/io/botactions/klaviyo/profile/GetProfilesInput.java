package io.botactions.klaviyo.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.botactions.klaviyo.klaviyo.ProfileFilter;
import io.botactions.klaviyo.klaviyo.ProfileQuery;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;

/**
 * Input of {@code getProfiles}: conditions that must all hold, a page size, a sort key, the cursor of the page to
 * read, and additional fields to return. A single condition may be given in the top-level {@code filterField},
 * {@code filterOperator} and {@code filterValue} (or {@code filterValues} with {@code any}); any number more in
 * {@code filters}. Only the field and operator pairs Klaviyo accepts pass.
 */
@Consistent
public record GetProfilesInput(
        @Schema(description = "Klaviyo attribute to filter on", enumeration = { "id", "email", "phone_number", "external_id",
                "created", "updated" }) String filterField,
        @Schema(description = "equals or any on id, email, phone_number, external_id; greater-than or less-than on created,"
                + " updated", enumeration = { "equals", "any", "greater-than", "less-than" }) String filterOperator,
        @Size(max = 512) String filterValue,
        @Size(min = 1, max = 100) List<@NotNull @Size(max = 512) String> filterValues,
        @Size(max = 10) List<@NotNull @Valid FilterInput> filters,
        @Min(1) @Max(100) Integer pageSize,
        @Schema(enumeration = { "created", "-created", "email", "-email", "id", "-id", "updated", "-updated" })
        @Pattern(regexp = "^-?(created|email|id|updated)$", message = "must be one of created, email, id, updated, each optionally with a leading -") String sort,
        @Size(max = 2048) @Pattern(regexp = "^[!-~]+$", message = "must be the nextCursor of an earlier getProfiles")
        String pageCursor,
        List<@NotNull @Pattern(regexp = "^subscriptions$", message = "must be subscriptions") String> additionalFields)
        implements CrossChecked {

    static final int DEFAULT_PAGE_SIZE = 20;

    private static final Filters.Names NAMES = new Filters.Names("filterField", "filterOperator", "filterValue",
            "filterValues");

    @Override
    public void check(Violations violations) {
        Object value = filterValue != null ? filterValue : filterValues;
        long given = Stream.of(filterField, filterOperator, value).filter(Objects::nonNull).count();
        if (given == 0) {
            return;
        }
        if (given < 3) {
            if (filterField == null) {
                violations.add("filterField", "is required when any of filterField, filterOperator, filterValue is given");
            }
            if (filterOperator == null) {
                violations.add("filterOperator", "is required when any of filterField, filterOperator, filterValue is given");
            }
            if (value == null) {
                violations.add("filterValue", "is required when any of filterField, filterOperator, filterValue is given");
            }
            return;
        }
        if (Stream.ofNullable(filterValues).flatMap(List::stream).anyMatch(item -> item == null)) {
            return;
        }
        Filters.check(filterField, filterOperator, filterValue, filterValues, NAMES, violations);
    }

    ProfileQuery toQuery() {
        Stream<ProfileFilter> topLevel = Stream.ofNullable(filterField)
                .map(field -> Filters.toFilter(field, filterOperator, filterValue, filterValues));
        Stream<ProfileFilter> listed = Stream.ofNullable(filters).flatMap(List::stream).map(FilterInput::toFilter);
        return new ProfileQuery(Stream.concat(topLevel, listed).toList(), pageSize == null ? DEFAULT_PAGE_SIZE : pageSize,
                Optional.ofNullable(sort), Optional.ofNullable(pageCursor),
                additionalFields != null && additionalFields.contains("subscriptions"));
    }
}
