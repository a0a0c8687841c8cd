package io.botactions.klaviyo.credentials;

import java.util.Optional;

/**
 * The two secrets the function holds: the Klaviyo key it calls with, and the token its callers present.
 * {@link #toString()} never shows them.
 */
record Secret(Optional<String> klaviyoApiKey, Optional<String> callerToken) {

    @Override
    public String toString() {
        return "Secret[klaviyoApiKey=" + (klaviyoApiKey.isPresent() ? "***" : "absent") + ", callerToken="
                + (callerToken.isPresent() ? "***" : "absent") + "]";
    }
}
