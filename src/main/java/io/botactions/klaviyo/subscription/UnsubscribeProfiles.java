package io.botactions.klaviyo.subscription;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code unsubscribeProfiles} action: asks Klaviyo to unsubscribe profiles from email and SMS marketing.
 * Klaviyo runs the job later; success means it accepted the job.
 */
@ApplicationScoped
public class UnsubscribeProfiles implements Action<UnsubscribeProfilesInput, SubscribeResult> {

    private final KlaviyoClient klaviyo;

    UnsubscribeProfiles(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "unsubscribeProfiles";
    }

    @Override
    public Class<UnsubscribeProfilesInput> inputType() {
        return UnsubscribeProfilesInput.class;
    }

    @Override
    public SubscribeResult handle(UnsubscribeProfilesInput input) {
        klaviyo.unsubscribe(input.toRequest());
        return new SubscribeResult(true);
    }
}
