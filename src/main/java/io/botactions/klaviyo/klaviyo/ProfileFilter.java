package io.botactions.klaviyo.klaviyo;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One condition of Klaviyo's {@code filter} query parameter, such as {@code equals(email,"ada@example.com")}.
 * Text is always quoted and escaped, so a value can never change the shape of the expression.
 *
 * @param field Klaviyo's attribute name, such as {@code phone_number}
 * @param operator Klaviyo's operator, such as {@code equals} or {@code greater-than}
 * @param literal the value as it appears in the expression
 */
public record ProfileFilter(String field, String operator, String literal) {

    public static ProfileFilter text(String field, String operator, String value) {
        return new ProfileFilter(field, operator, quote(value));
    }

    /** Klaviyo's {@code any}: the field equals one of the values. */
    public static ProfileFilter anyOf(String field, List<String> values) {
        return new ProfileFilter(field, "any", values.stream().map(ProfileFilter::quote).collect(Collectors.joining(",")));
    }

    public static ProfileFilter dateTime(String field, String operator, OffsetDateTime value) {
        return new ProfileFilter(field, operator, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    public String expression() {
        String argument = "any".equals(operator) ? "[" + literal + "]" : literal;
        return operator + "(" + field + "," + argument + ")";
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
