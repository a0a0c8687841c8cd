package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code getProfile} action: reads one profile by its Klaviyo id.
 */
@ApplicationScoped
public class GetProfile {

    private final KlaviyoClient klaviyo;

    GetProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    public ProfileResult handle(@NotNull(message = "a JSON body is required") @Valid GetProfileInput input) {
        return new ProfileResult(klaviyo.getProfile(input.profileId()));
    }
}
