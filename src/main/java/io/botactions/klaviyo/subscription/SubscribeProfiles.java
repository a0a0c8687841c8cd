package io.botactions.klaviyo.subscription;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code subscribeProfiles} action: asks Klaviyo to subscribe profiles to email and SMS marketing. Klaviyo runs
 * the job later; success means it accepted the job.
 */
@ApplicationScoped
public class SubscribeProfiles {

    private final KlaviyoClient klaviyo;
    private final Clock clock = Clock.systemUTC();

    SubscribeProfiles(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    public SubscribeResult handle(@NotNull(message = "a JSON body is required") @Valid SubscribeProfilesInput input) {
        klaviyo.subscribe(input.toRequest(clock.instant()));
        return new SubscribeResult(true);
    }
}
