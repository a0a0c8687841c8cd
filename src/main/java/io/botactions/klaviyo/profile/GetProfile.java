package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code getProfile} action: reads one profile by its Klaviyo id.
 */
@ApplicationScoped
public class GetProfile implements Action<GetProfileInput, ProfileResult> {

    private final KlaviyoClient klaviyo;

    GetProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "getProfile";
    }

    @Override
    public Class<GetProfileInput> inputType() {
        return GetProfileInput.class;
    }

    @Override
    public ProfileResult handle(GetProfileInput input) {
        return new ProfileResult(klaviyo.getProfile(input.profileId()));
    }
}
