package io.botactions.klaviyo.credentials;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Reads the function's secret from AWS Secrets Manager. The SDK is configured the standard AWS way: region from
 * {@code AWS_REGION}, credentials from the default chain, endpoint from {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}
 * or {@code AWS_ENDPOINT_URL} when set.
 */
@ApplicationScoped
class SecretsManagerSource {

    private final ObjectMapper json;
    private volatile SecretsManagerClient client;

    SecretsManagerSource(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Reads the secret now.
     *
     * @throws CredentialsUnavailableException with a message an operator can act on
     */
    Secret read(String secretId) {
        String value;
        try {
            value = client().getSecretValue(GetSecretValueRequest.builder().secretId(secretId).build()).secretString();
        } catch (SecretsManagerException e) {
            String code = e.awsErrorDetails() == null ? String.valueOf(e.statusCode()) : e.awsErrorDetails().errorCode();
            throw new CredentialsUnavailableException("Secrets Manager refused to read secret " + secretId + " (" + code
                    + "). The function's role needs secretsmanager:GetSecretValue on it, and kms:Decrypt on its key if"
                    + " a customer-managed key encrypts it.");
        } catch (SdkClientException e) {
            throw new CredentialsUnavailableException("Secrets Manager could not be reached to read secret " + secretId
                    + ". Check AWS_REGION and the network path to Secrets Manager.");
        }
        if (value == null || value.isBlank()) {
            throw new CredentialsUnavailableException("Secret " + secretId + " has no string value.");
        }
        Secret secret = parse(value.strip(), secretId);
        Log.infof("Read secret %s from Secrets Manager", secretId);
        return secret;
    }

    private Secret parse(String value, String secretId) {
        if (!value.startsWith("{")) {
            return new Secret(Optional.of(value), Optional.empty());
        }
        try {
            JsonNode fields = json.readTree(value);
            Optional<String> key = text(fields, "klaviyoApiKey");
            if (key.isEmpty()) {
                throw new CredentialsUnavailableException("Secret " + secretId + " has no klaviyoApiKey field.");
            }
            return new Secret(key, text(fields, "callerToken"));
        } catch (JsonProcessingException e) {
            throw new CredentialsUnavailableException("Secret " + secretId + " starts like JSON but is not valid JSON.");
        }
    }

    private static Optional<String> text(JsonNode fields, String name) {
        JsonNode field = fields.get(name);
        return field != null && field.isTextual() && !field.asText().isBlank() ? Optional.of(field.asText()) : Optional.empty();
    }

    private SecretsManagerClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                }
            }
        }
        return client;
    }
}
