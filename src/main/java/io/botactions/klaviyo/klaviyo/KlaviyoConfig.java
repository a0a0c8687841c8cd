package io.botactions.klaviyo.klaviyo;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the function reaches Klaviyo. Every key is also an environment variable ({@code klaviyo.api-key} is
 * {@code KLAVIYO_API_KEY}).
 */
@ConfigMapping(prefix = "klaviyo")
public interface KlaviyoConfig {

    /**
     * Klaviyo's API root; the REST client sends every call below it.
     */
    @WithDefault("https://a.klaviyo.com")
    String baseUrl();

    /**
     * The API revision sent in the {@code revision} header of every call.
     */
    @WithDefault("2026-07-15")
    String revision();

    /**
     * Klaviyo private API key, for local runs. In production the key comes from {@link #secretId()}. Never logged.
     */
    Optional<String> apiKey();

    /**
     * Name or ARN of the AWS Secrets Manager secret that holds the Klaviyo key and the caller token. When set, it
     * takes precedence over {@link #apiKey()}.
     */
    Optional<String> secretId();
}
