package io.botactions.klaviyo.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;
import io.botactions.klaviyo.klaviyo.TrackedEvent;

/**
 * The {@code trackEvent} action: records an event on a profile. Klaviyo processes it later; success means it
 * accepted the event.
 */
@ApplicationScoped
public class TrackEvent implements Action<TrackEventInput, TrackEventResult> {

    private final KlaviyoClient klaviyo;

    TrackEvent(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "trackEvent";
    }

    @Override
    public Class<TrackEventInput> inputType() {
        return TrackEventInput.class;
    }

    @Override
    public TrackEventResult handle(TrackEventInput input) {
        // Fixed before the first attempt: Klaviyo drops a retried attempt's event as a repeat of this id.
        TrackedEvent event = input.toEvent(UUID.randomUUID().toString());
        klaviyo.trackEvent(event);
        return new TrackEventResult(true, event.uniqueId());
    }
}
