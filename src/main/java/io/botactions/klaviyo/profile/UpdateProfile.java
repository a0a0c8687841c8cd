package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code updateProfile} action: changes the given attributes of a profile and returns the result.
 */
@ApplicationScoped
public class UpdateProfile {

    private final KlaviyoClient klaviyo;

    UpdateProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    public ProfileResult handle(@NotNull(message = "a JSON body is required") @Valid UpdateProfileInput input) {
        return new ProfileResult(klaviyo.updateProfile(input.profileId(), input.toChanges()));
    }
}
