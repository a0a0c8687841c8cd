package io.botactions.klaviyo.klaviyo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * An event to record on a profile.
 *
 * @param metricName the metric, such as {@code Viewed Product}; Klaviyo creates it on first use
 * @param profile the profile the event is about
 * @param properties the event's properties, possibly empty
 * @param value the monetary value, if any
 * @param time when the event happened; Klaviyo uses the time it receives the event otherwise
 * @param uniqueId Klaviyo records only the first event with this id for the same profile and metric
 */
public record TrackedEvent(String metricName, ProfileIdentifier profile, Map<String, Object> properties,
        Optional<BigDecimal> value, Optional<OffsetDateTime> time, String uniqueId) {
}
