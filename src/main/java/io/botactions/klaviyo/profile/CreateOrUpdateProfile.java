package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.ImportedProfile;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code createOrUpdateProfile} action: Klaviyo's profile import, which updates the profile matching the email,
 * phone or external id, or creates one.
 */
@ApplicationScoped
public class CreateOrUpdateProfile implements Action<CreateOrUpdateProfileInput, UpsertResult> {

    private final KlaviyoClient klaviyo;

    CreateOrUpdateProfile(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "createOrUpdateProfile";
    }

    @Override
    public Class<CreateOrUpdateProfileInput> inputType() {
        return CreateOrUpdateProfileInput.class;
    }

    @Override
    public UpsertResult handle(CreateOrUpdateProfileInput input) {
        ImportedProfile imported = klaviyo.importProfile(input.toChanges());
        return new UpsertResult(imported.profile(), imported.created());
    }
}
