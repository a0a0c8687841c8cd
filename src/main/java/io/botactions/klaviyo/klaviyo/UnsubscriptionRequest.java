package io.botactions.klaviyo.klaviyo;

import java.util.List;
import java.util.Optional;

/**
 * A bulk unsubscription job for Klaviyo.
 *
 * @param unsubscribers the profiles to unsubscribe, 1 to 100
 * @param listId the list to unsubscribe them from; without it Klaviyo unsubscribes them from all marketing
 */
public record UnsubscriptionRequest(List<Unsubscriber> unsubscribers, Optional<String> listId) {
}
