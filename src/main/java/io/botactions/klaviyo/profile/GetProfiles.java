package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code getProfiles} action: one page of profiles, optionally filtered and sorted.
 */
@ApplicationScoped
public class GetProfiles implements Action<GetProfilesInput, ProfilesResult> {

    private final KlaviyoClient klaviyo;

    GetProfiles(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "getProfiles";
    }

    @Override
    public Class<GetProfilesInput> inputType() {
        return GetProfilesInput.class;
    }

    @Override
    public ProfilesResult handle(GetProfilesInput input) {
        return new ProfilesResult(klaviyo.getProfiles(input.toQuery()));
    }
}
