package io.botactions.klaviyo.profile;

import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.ProfileChanges;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;
import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code createOrUpdateProfile}: a profile Klaviyo finds by its email, phone or external id (at least one
 * is required) and updates, or creates when it finds none. An omitted attribute is left as it is.
 */
@Consistent
public record CreateOrUpdateProfileInput(
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_MESSAGE) @Size(max = 254) String email,
        @Pattern(regexp = Rules.E164, message = Rules.E164_MESSAGE) String phone,
        @Size(min = 1, max = 255) String externalId,
        @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        @Size(max = 255) String organization,
        @Size(max = 255) String title,
        @Pattern(regexp = Rules.LOCALE, message = Rules.LOCALE_MESSAGE) String locale,
        @Valid LocationInput location,
        Map<String, Object> properties) implements CrossChecked {

    @Override
    public void check(Violations violations) {
        if (Rules.isBlank(email) && Rules.isBlank(phone) && Rules.isBlank(externalId)) {
            violations.add("email", "email, phone or externalId is required");
        }
    }

    ProfileChanges toChanges() {
        return new ProfileChanges(email, phone, externalId, firstName, lastName, organization, title, locale,
                location == null ? null : location.toLocation(), properties, Set.of());
    }
}
