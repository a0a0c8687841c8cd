package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code createProfile} action: creates a Klaviyo profile and returns it as Klaviyo stored it.
 */
@ApplicationScoped
public class CreateProfile implements Action<CreateProfileInput, ProfileResult> {

    private final KlaviyoClient klaviyo;

    CreateProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "createProfile";
    }

    @Override
    public Class<CreateProfileInput> inputType() {
        return CreateProfileInput.class;
    }

    @Override
    public ProfileResult handle(CreateProfileInput input) {
        return new ProfileResult(klaviyo.createProfile(input.toChanges()));
    }
}
