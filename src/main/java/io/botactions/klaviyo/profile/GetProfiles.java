package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;
import io.botactions.klaviyo.klaviyo.ProfilePage;

/**
 * The {@code getProfiles} action: one page of profiles, optionally filtered and sorted,
 * with the cursor of the next page.
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
        ProfilePage page = klaviyo.getProfiles(input.toQuery());
        return new ProfilesResult(page.profiles(), page.nextCursor().orElse(null));
    }
}
