package io.botactions.klaviyo.profile;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.ProfileFilter;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;

/**
 * One condition of {@code getProfiles}' {@code filters}: a field, an operator, and either one {@code value} or, with
 * {@code any}, several {@code values}.
 */
@Consistent
public record FilterInput(
        @NotNull String field,
        @NotNull String operator,
        @Size(max = 512) String value,
        @Size(min = 1, max = 100) List<@NotNull @Size(max = 512) String> values) implements CrossChecked {

    private static final Filters.Names NAMES = new Filters.Names("field", "operator", "value", "values");

    @Override
    public void check(Violations violations) {
        if (field == null || operator == null) {
            return;
        }
        if (value == null && values == null) {
            violations.add("value", "value or values is required");
            return;
        }
        if (Stream.ofNullable(values).flatMap(List::stream).anyMatch(item -> item == null)) {
            return;
        }
        Filters.check(field, operator, value, values, NAMES, violations);
    }

    ProfileFilter toFilter() {
        return Filters.toFilter(field, operator, value, values);
    }
}
