package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code createProfile} action: creates a Klaviyo profile and returns it as Klaviyo stored it.
 */
@ApplicationScoped
public class CreateProfile {

    private final KlaviyoClient klaviyo;

    CreateProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    public ProfileResult handle(@NotNull(message = "a JSON body is required") @Valid CreateProfileInput input) {
        return new ProfileResult(klaviyo.createProfile(input.toChanges()));
    }
}
