package io.botactions.klaviyo.klaviyo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A bulk subscription job for Klaviyo.
 *
 * @param subscribers the profiles to subscribe, 1 to 1000
 * @param listId the list the profiles join, if any
 * @param consentedAt when consent was collected; present exactly when this is a historical import
 */
public record SubscriptionRequest(List<Subscriber> subscribers, Optional<String> listId, Optional<Instant> consentedAt) {
}
