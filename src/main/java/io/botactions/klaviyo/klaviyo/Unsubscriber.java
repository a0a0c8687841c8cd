package io.botactions.klaviyo.klaviyo;

/**
 * One profile to unsubscribe from marketing. At least one channel is chosen, and the identifier it needs is set.
 *
 * @param email the address to unsubscribe from email marketing, or null
 * @param phone the E.164 number to unsubscribe from SMS marketing, or null
 * @param emailMarketing whether to unsubscribe the email address
 * @param smsMarketing whether to unsubscribe the phone number
 */
public record Unsubscriber(String email, String phone, boolean emailMarketing, boolean smsMarketing) {
}
