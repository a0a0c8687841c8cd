package io.botactions.klaviyo.klaviyo;

/**
 * What tells Klaviyo which profile an event is about: its id, email, phone or external id; at least one is set.
 */
public record ProfileIdentifier(String id, String email, String phone, String externalId) {
}
