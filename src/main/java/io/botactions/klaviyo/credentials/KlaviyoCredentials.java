package io.botactions.klaviyo.credentials;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.botactions.klaviyo.invocation.Invocation;
import io.botactions.klaviyo.klaviyo.KlaviyoConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The one place that knows where the Klaviyo key and the caller token come from: a key the invocation brings (a
 * Botpress bot's own), else the Secrets Manager secret named by {@code KLAVIYO_SECRET_ID} when set, read once per
 * container, else {@code KLAVIYO_API_KEY} and {@code CALLER_TOKEN}. A failed read is not remembered, so the next
 * invocation tries again.
 */
@ApplicationScoped
public class KlaviyoCredentials {

    private final KlaviyoConfig klaviyo;
    private final CallerConfig caller;
    private final SecretsManagerSource secretsManager;
    private volatile Secret secret;

    KlaviyoCredentials(KlaviyoConfig klaviyo, CallerConfig caller, SecretsManagerSource secretsManager) {
        this.klaviyo = klaviyo;
        this.caller = caller;
        this.secretsManager = secretsManager;
    }

    /**
     * Reads the secret while the container starts, which Lambda runs before the first invocation. A failure here is
     * only logged: the first invocation tries again and reports it.
     */
    void prefetch(@Observes StartupEvent event) {
        klaviyo.secretId().ifPresent(id -> {
            try {
                current();
            } catch (CredentialsUnavailableException e) {
                Log.warn(e.getMessage());
            }
        });
    }

    /**
     * The Klaviyo private key to use now.
     *
     * @throws CredentialsUnavailableException when there is none
     */
    public String apiKey() {
        Optional<String> own = Invocation.current().flatMap(Invocation::klaviyoKey);
        if (own.isPresent()) {
            return own.get();
        }
        return current().klaviyoApiKey().orElseThrow(() -> new CredentialsUnavailableException(
                "No Klaviyo API key is configured: set KLAVIYO_SECRET_ID, or KLAVIYO_API_KEY for local runs."));
    }

    /**
     * The token callers must present, if one is configured.
     *
     * @throws CredentialsUnavailableException when the secret cannot be read
     */
    public Optional<String> callerToken() {
        return current().callerToken();
    }

    /**
     * After Klaviyo refused {@code refusedKey} with 401: reads the secret again, once, and returns the new key if it
     * changed. Keys that do not come from Secrets Manager cannot rotate.
     */
    public Optional<String> rotatedApiKey(String refusedKey) {
        if (klaviyo.secretId().isEmpty() || Invocation.current().flatMap(Invocation::klaviyoKey).isPresent()) {
            return Optional.empty();
        }
        synchronized (this) {
            secret = secretsManager.read(klaviyo.secretId().get());
        }
        Optional<String> key = secret.klaviyoApiKey().filter(fresh -> !fresh.equals(refusedKey));
        Log.infof("Klaviyo refused the key; secret %s read again: %s", klaviyo.secretId().get(),
                key.isPresent() ? "the key has changed" : "the key is unchanged");
        return key;
    }

    private Secret current() {
        Optional<String> secretId = klaviyo.secretId();
        if (secretId.isEmpty()) {
            return new Secret(klaviyo.apiKey().filter(key -> !key.isBlank()), caller.token().filter(token -> !token.isBlank()));
        }
        Secret known = secret;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (secret == null) {
                secret = secretsManager.read(secretId.get());
            }
            return secret;
        }
    }
}
