package io.botactions.klaviyo.credentials;

/**
 * The Klaviyo key cannot be had right now. The message is meant for the operator and never holds a secret.
 */
public class CredentialsUnavailableException extends RuntimeException {

    public CredentialsUnavailableException(String message) {
        super(message);
    }
}
