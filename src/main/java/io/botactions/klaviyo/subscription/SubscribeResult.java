package io.botactions.klaviyo.subscription;

/**
 * Output of {@code subscribeProfiles} and {@code unsubscribeProfiles}: {@code success} is true once Klaviyo accepted
 * the job.
 */
public record SubscribeResult(boolean success) {
}
