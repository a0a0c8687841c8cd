package io.botactions.klaviyo.credentials;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call the actions. {@code caller.token} is also the environment variable {@code CALLER_TOKEN}.
 */
@ConfigMapping(prefix = "caller")
public interface CallerConfig {

    /**
     * The bearer token callers must present, for local runs. With {@code KLAVIYO_SECRET_ID} set, the secret's
     * {@code callerToken} takes precedence. Never logged.
     */
    Optional<String> token();

    /**
     * Whether the actions refuse to serve when no caller token is configured. Only dev mode turns this off.
     */
    @WithDefault("true")
    boolean tokenRequired();
}
