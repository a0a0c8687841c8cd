package io.botactions.klaviyo.botpress;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The error body Botpress expects from an integration; Botpress shows {@code message} to the bot builder.
 */
// sent as a Response entity, where Quarkus cannot see its type
@RegisterForReflection
public record BotpressError(int code, String type, String message) {
}
