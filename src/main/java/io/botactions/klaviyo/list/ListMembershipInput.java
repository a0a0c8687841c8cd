package io.botactions.klaviyo.list;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code addProfilesToList} and {@code removeProfilesFromList}: the list, and 1 to 1000 Klaviyo profile
 * ids (Klaviyo's limit per call).
 */
public record ListMembershipInput(
        @NotNull @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String listId,
        @NotNull @Size(min = 1, max = 1000)
        List<@NotNull @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String> profileIds) {
}
