package io.botactions.klaviyo.subscription;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.SubscriptionRequest;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;
import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code subscribeProfiles}: 1 to 1000 profiles, an optional list, and whether these are consents
 * collected earlier (a historical import, which Klaviyo only accepts with the time consent was given).
 */
@Consistent
public record SubscribeProfilesInput(
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ProfileSubscriptionInput> profileSubscriptions,
        @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String listId,
        Boolean historicalImport,
        @PastOrPresent OffsetDateTime consentedAt) implements CrossChecked {

    @Override
    public void check(Violations violations) {
        if (consentedAt != null && !Boolean.TRUE.equals(historicalImport)) {
            violations.add("consentedAt", "is only accepted when historicalImport is true");
        }
    }

    SubscriptionRequest toRequest(Instant now) {
        Optional<Instant> consentTime = Boolean.TRUE.equals(historicalImport)
                ? Optional.of(consentedAt == null ? now : consentedAt.toInstant())
                : Optional.empty();
        return new SubscriptionRequest(profileSubscriptions.stream().map(ProfileSubscriptionInput::toSubscriber).toList(),
                Optional.ofNullable(listId), consentTime);
    }
}
