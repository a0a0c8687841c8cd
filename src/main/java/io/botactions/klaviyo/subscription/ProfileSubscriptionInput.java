package io.botactions.klaviyo.subscription;


import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.Subscriber;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;
import io.botactions.klaviyo.validation.Rules;

/**
 * One profile to subscribe: at least one consent, and the email or phone that consent needs.
 */
@Consistent
public record ProfileSubscriptionInput(
        @Pattern(regexp = Rules.KLAVIYO_ID, message = Rules.KLAVIYO_ID_MESSAGE) String id,
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_MESSAGE) @Size(max = 254) String email,
        @Pattern(regexp = Rules.E164, message = Rules.E164_MESSAGE) String phone,
        Boolean emailConsent,
        Boolean smsConsent) implements CrossChecked {

    @Override
    public void check(Violations violations) {
        if (!emailMarketing() && !smsMarketing()) {
            violations.add("emailConsent", "emailConsent or smsConsent must be true");
        }
        if (emailMarketing() && Rules.isBlank(email)) {
            violations.add("email", "is required when emailConsent is true");
        }
        if (smsMarketing() && Rules.isBlank(phone)) {
            violations.add("phone", "is required when smsConsent is true");
        }
    }

    Subscriber toSubscriber() {
        return new Subscriber(id, email, phone, emailMarketing(), smsMarketing());
    }

    private boolean emailMarketing() {
        return Boolean.TRUE.equals(emailConsent);
    }

    private boolean smsMarketing() {
        return Boolean.TRUE.equals(smsConsent);
    }
}
