package io.botactions.klaviyo.subscription;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.UnsubscriptionRequest;
import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code unsubscribeProfiles}: 1 to 100 profiles (Klaviyo's limit for one unsubscription job) and an
 * optional list. Without a list, Klaviyo unsubscribes the profiles from the channel's marketing altogether.
 */
public record UnsubscribeProfilesInput(
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid ProfileUnsubscriptionInput> profileUnsubscriptions,
        @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String listId) {

    UnsubscriptionRequest toRequest() {
        return new UnsubscriptionRequest(
                profileUnsubscriptions.stream().map(ProfileUnsubscriptionInput::toUnsubscriber).toList(),
                Optional.ofNullable(listId));
    }
}
