package io.botactions.klaviyo.klaviyo;

import java.time.Duration;
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

    /**
     * Milliseconds to wait for a connection to Klaviyo.
     */
    @WithDefault("2000")
    int connectTimeoutMs();

    /**
     * Milliseconds to wait for Klaviyo's answer on an open connection.
     */
    @WithDefault("5000")
    int readTimeoutMs();

    /**
     * Time an invocation may spend on Klaviyo, retries and their waits included, when the function does not run on
     * Lambda. On Lambda the invocation's own deadline, less {@link #answerMargin()}, takes its place.
     */
    @WithDefault("20s")
    Duration timeBudget();

    /**
     * Time kept at the end of a Lambda invocation to answer the caller.
     */
    @WithDefault("1s")
    Duration answerMargin();

    /**
     * Time a retry needs besides its wait; a retry that would not fit in what is left is not made.
     */
    @WithDefault("2s")
    Duration attemptReserve();
}
