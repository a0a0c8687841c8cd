package io.botactions.klaviyo.subscription;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.Unsubscriber;
import io.botactions.klaviyo.validation.Consistent;
import io.botactions.klaviyo.validation.CrossChecked;
import io.botactions.klaviyo.validation.Rules;

/**
 * One profile to unsubscribe: at least one channel, and the email or phone that channel needs.
 */
@Consistent
public record ProfileUnsubscriptionInput(
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_MESSAGE) @Size(max = 254) String email,
        @Pattern(regexp = Rules.E164, message = Rules.E164_MESSAGE) String phone,
        Boolean emailMarketing,
        Boolean smsMarketing) implements CrossChecked {

    @Override
    public void check(Violations violations) {
        if (!unsubscribesEmail() && !unsubscribesSms()) {
            violations.add("emailMarketing", "emailMarketing or smsMarketing must be true");
        }
        if (unsubscribesEmail() && Rules.isBlank(email)) {
            violations.add("email", "is required when emailMarketing is true");
        }
        if (unsubscribesSms() && Rules.isBlank(phone)) {
            violations.add("phone", "is required when smsMarketing is true");
        }
    }

    Unsubscriber toUnsubscriber() {
        return new Unsubscriber(email, phone, unsubscribesEmail(), unsubscribesSms());
    }

    private boolean unsubscribesEmail() {
        return Boolean.TRUE.equals(emailMarketing);
    }

    private boolean unsubscribesSms() {
        return Boolean.TRUE.equals(smsMarketing);
    }
}
