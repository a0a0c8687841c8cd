package io.botactions.klaviyo.credentials;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.klaviyo.KlaviyoConfig;

/**
 * The one place that knows where the Klaviyo key comes from.
 */
@ApplicationScoped
public class KlaviyoCredentials {

    private final KlaviyoConfig config;

    KlaviyoCredentials(KlaviyoConfig config) {
        this.config = config;
    }

    /**
     * The Klaviyo private key to use now.
     *
     * @throws CredentialsUnavailableException when no key is configured
     */
    public String apiKey() {
        return config.apiKey()
                .filter(key -> !key.isBlank())
                .orElseThrow(() -> new CredentialsUnavailableException(
                        "No Klaviyo API key is configured: set KLAVIYO_API_KEY"));
    }
}
