package io.botactions.klaviyo.profile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import io.botactions.klaviyo.klaviyo.ProfileChanges;
import io.botactions.klaviyo.klaviyo.ProfileField;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;
import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code updateProfile}: the profile's id and the attributes to change. Each attribute has three states,
 * which {@link NullClears} reads into an {@link Optional}: omitted from the JSON, the component is {@code null} and Klaviyo
 * leaves the attribute as it is; given as {@code null}, it is {@link Optional#empty()} and Klaviyo clears the
 * attribute; given a value, Klaviyo stores that value.
 */
@Consistent
public record UpdateProfileInput(
        @NotNull @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String profileId,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_MESSAGE) @Size(max = 254) String> email,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Pattern(regexp = Rules.E164, message = Rules.E164_MESSAGE) String> phone,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Size(min = 1, max = 255) String> externalId,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Size(max = 255) String> firstName,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Size(max = 255) String> lastName,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Size(max = 255) String> organization,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Size(max = 255) String> title,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Pattern(regexp = Rules.LOCALE, message = Rules.LOCALE_MESSAGE) String> locale,
        @JsonDeserialize(using = NullClears.class)
        Optional<@Valid LocationInput> location,
        @JsonDeserialize(using = NullClears.class)
        Optional<Map<String, Object>> properties) implements CrossChecked {

    @Override
    public void check(Violations violations) {
        boolean nothingToChange = Stream.of(email, phone, externalId, firstName, lastName, organization, title, locale,
                location, properties).allMatch(value -> value == null);
        if (nothingToChange) {
            violations.add("profileId", "at least one attribute to change is required besides profileId");
        }
    }

    ProfileChanges toChanges() {
        Set<ProfileField> cleared = EnumSet.noneOf(ProfileField.class);
        return new ProfileChanges(
                change(email, ProfileField.EMAIL, cleared),
                change(phone, ProfileField.PHONE, cleared),
                change(externalId, ProfileField.EXTERNAL_ID, cleared),
                change(firstName, ProfileField.FIRST_NAME, cleared),
                change(lastName, ProfileField.LAST_NAME, cleared),
                change(organization, ProfileField.ORGANIZATION, cleared),
                change(title, ProfileField.TITLE, cleared),
                change(locale, ProfileField.LOCALE, cleared),
                Optional.ofNullable(change(location, ProfileField.LOCATION, cleared))
                        .map(LocationInput::toLocation).orElse(null),
                change(properties, ProfileField.PROPERTIES, cleared),
                cleared);
    }

    /** The value to write, or null to leave the attribute alone; an explicit null adds it to {@code cleared}. */
    private static <T> T change(Optional<T> attribute, ProfileField field, Set<ProfileField> cleared) {
        if (attribute == null) {
            return null;
        }
        if (attribute.isEmpty()) {
            cleared.add(field);
        }
        return attribute.orElse(null);
    }
}
