package io.botactions.klaviyo.klaviyo;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A profile's marketing consent per channel, returned when the action asks Klaviyo for the {@code subscriptions}
 * additional field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileSubscriptions(Consent emailMarketing, Consent smsMarketing) {

    /**
     * One channel's marketing consent, as Klaviyo reports it.
     *
     * @param consent Klaviyo's status, such as {@code SUBSCRIBED}, {@code UNSUBSCRIBED} or {@code NEVER_SUBSCRIBED}
     * @param canReceive whether Klaviyo may send this channel's marketing to the profile
     * @param consentTimestamp when the consent was recorded or last changed
     * @param method how the consent was given, such as {@code API}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(String consent, Boolean canReceive, String consentTimestamp, String method) {
    }
}
