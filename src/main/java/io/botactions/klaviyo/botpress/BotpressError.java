package io.botactions.klaviyo.botpress;

/**
 * The error body Botpress expects from an integration; Botpress shows {@code message} to the bot builder.
 */
public record BotpressError(int code, String type, String message) {
}
