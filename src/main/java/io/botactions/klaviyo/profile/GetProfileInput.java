package io.botactions.klaviyo.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code getProfile}.
 */
public record GetProfileInput(
        @NotNull @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String profileId) {
}
