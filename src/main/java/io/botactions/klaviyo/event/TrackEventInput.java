package io.botactions.klaviyo.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.ProfileIdentifier;
import io.botactions.klaviyo.klaviyo.TrackedEvent;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;
import io.botactions.klaviyo.validation.Rules;

/**
 * Input of {@code trackEvent}: the metric, the profile (by Klaviyo id, email, phone or external id; at least one),
 * and optionally the event's properties, value, time and unique id. The limits are Klaviyo's: a metric name under
 * 128 characters, at most 400 properties, a time after 1990 and at most a year ahead.
 */
@Consistent
public record TrackEventInput(
        @NotBlank @Size(max = 127) String metricName,
        @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String profileId,
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_MESSAGE) @Size(max = 254) String email,
        @Pattern(regexp = Rules.E164, message = Rules.E164_MESSAGE) String phone,
        @Size(min = 1, max = 255) String externalId,
        @Size(max = 400) Map<String, Object> properties,
        BigDecimal value,
        OffsetDateTime time,
        @Size(min = 1, max = 255) String uniqueId) implements CrossChecked {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1990, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Override
    public void check(Violations violations) {
        if (profileId == null && Rules.isBlank(email) && Rules.isBlank(phone) && Rules.isBlank(externalId)) {
            violations.add("profileId", "profileId, email, phone or externalId is required");
        }
        if (time != null && (!time.isAfter(EARLIEST) || time.isAfter(OffsetDateTime.now().plusYears(1)))) {
            violations.add("time", "must be after 1990 and at most one year ahead");
        }
    }

    /**
     * The event to send, with the given unique id or else {@code generatedId}, so that every attempt of this
     * invocation carries the same id.
     */
    TrackedEvent toEvent(String generatedId) {
        return new TrackedEvent(metricName, new ProfileIdentifier(profileId, email, phone, externalId),
                properties == null ? Map.of() : properties, Optional.ofNullable(value), Optional.ofNullable(time),
                uniqueId == null ? generatedId : uniqueId);
    }
}
