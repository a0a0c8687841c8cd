package io.botactions.klaviyo.event;

/**
 * Output of {@code trackEvent}: {@code success} once Klaviyo accepted the event, and the {@code uniqueId} it
 * carried; sending the action again with that {@code uniqueId} cannot count the event twice.
 */
public record TrackEventResult(boolean success, String uniqueId) {
}
