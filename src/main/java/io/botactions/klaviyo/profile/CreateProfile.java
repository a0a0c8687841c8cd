package io.botactions.klaviyo.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;
import io.botactions.klaviyo.klaviyo.KlaviyoException;
import io.botactions.klaviyo.klaviyo.ProfileChanges;
import io.quarkus.logging.Log;

/**
 * The {@code createProfile} action: creates a Klaviyo profile and returns it as Klaviyo stored it. With
 * {@code upsertOnDuplicate}, Klaviyo's duplicate refusal (409) turns into an update of the existing profile.
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
        ProfileChanges changes = input.toChanges();
        try {
            return new ProfileResult(klaviyo.createProfile(changes));
        } catch (KlaviyoException e) {
            if (!input.upsertsOnDuplicate() || e.status() != 409 || e.duplicateProfileId().isEmpty()) {
                throw e;
            }
            String existing = e.duplicateProfileId().get();
            Log.infof("Klaviyo profile %s already exists; updating it as upsertOnDuplicate asks", existing);
            return new ProfileResult(klaviyo.updateProfile(existing, changes));
        }
    }
}
