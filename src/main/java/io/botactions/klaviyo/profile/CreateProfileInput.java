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
 * Input of {@code createProfile}: a new profile, identified by its email, its phone or both. With
 * {@code upsertOnDuplicate} true, a profile Klaviyo already has with that email or phone is updated instead.
 */
@Consistent
public record CreateProfileInput(
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_MESSAGE) @Size(max = 254) String email,
        @Pattern(regexp = Rules.E164, message = Rules.E164_MESSAGE) String phone,
        @Size(min = 1, max = 255) String externalId,
        @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        @Size(max = 255) String organization,
        @Size(max = 255) String title,
        @Pattern(regexp = Rules.LOCALE, message = Rules.LOCALE_MESSAGE) String locale,
        @Valid LocationInput location,
        Map<String, Object> properties,
        Boolean upsertOnDuplicate) implements CrossChecked {

    @Override
    public void check(Violations violations) {
        if (Rules.isBlank(email) && Rules.isBlank(phone)) {
            violations.add("email", "email or phone is required");
        }
    }

    ProfileChanges toChanges() {
        return new ProfileChanges(email, phone, externalId, firstName, lastName, organization, title, locale,
                location == null ? null : location.toLocation(), properties, Set.of());
    }

    boolean upsertsOnDuplicate() {
        return Boolean.TRUE.equals(upsertOnDuplicate);
    }
}
