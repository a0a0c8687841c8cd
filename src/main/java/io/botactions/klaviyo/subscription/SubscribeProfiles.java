package io.botactions.klaviyo.subscription;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code subscribeProfiles} action: asks Klaviyo to subscribe profiles to email and SMS marketing. Klaviyo runs
 * the job later; success means it accepted the job.
 */
@ApplicationScoped
public class SubscribeProfiles implements Action<SubscribeProfilesInput, SubscribeResult> {

    private final KlaviyoClient klaviyo;
    private final Clock clock = Clock.systemUTC();

    SubscribeProfiles(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "subscribeProfiles";
    }

    @Override
    public Class<SubscribeProfilesInput> inputType() {
        return SubscribeProfilesInput.class;
    }

    @Override
    public SubscribeResult handle(SubscribeProfilesInput input) {
        klaviyo.subscribe(input.toRequest(clock.instant()));
        return new SubscribeResult(true);
    }
}
