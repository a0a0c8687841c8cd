package io.botactions.klaviyo.klaviyo;

/**
 * One profile to subscribe to marketing. At least one channel is chosen, and the identifier it needs is set.
 *
 * @param profileId Klaviyo's profile id, or null to let Klaviyo find or create the profile
 * @param email the address to subscribe to email marketing, or null
 * @param phone the E.164 number to subscribe to SMS marketing, or null
 * @param emailMarketing whether to subscribe the email address
 * @param smsMarketing whether to subscribe the phone number
 */
public record Subscriber(String profileId, String email, String phone, boolean emailMarketing, boolean smsMarketing) {
}
