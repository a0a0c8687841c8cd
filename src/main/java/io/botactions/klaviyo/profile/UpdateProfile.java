package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code updateProfile} action: changes the given attributes of a profile and returns the result.
 */
@ApplicationScoped
public class UpdateProfile implements Action<UpdateProfileInput, ProfileResult> {

    private final KlaviyoClient klaviyo;

    UpdateProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "updateProfile";
    }

    @Override
    public Class<UpdateProfileInput> inputType() {
        return UpdateProfileInput.class;
    }

    @Override
    public ProfileResult handle(UpdateProfileInput input) {
        return new ProfileResult(klaviyo.updateProfile(input.profileId(), input.toChanges()));
    }
}
