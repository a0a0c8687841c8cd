package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code getProfiles} action: one page of profiles, optionally filtered and sorted.
 */
@ApplicationScoped
public class GetProfiles {

    private final KlaviyoClient klaviyo;

    GetProfiles(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    public ProfilesResult handle(@NotNull(message = "a JSON body is required") @Valid GetProfilesInput input) {
        return new ProfilesResult(klaviyo.getProfiles(input.toQuery()));
    }
}
