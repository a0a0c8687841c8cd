package io.botactions.klaviyo.credentials;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * AWS Secrets Manager's JSON protocol on loopback, for the real SDK to call through its endpoint override. The
 * {@code initial} argument chooses what it answers while the application starts: {@code secret} or {@code denied}.
 */
public class SecretsManagerStub implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET_ID = "klaviyo-actions/prod";
    public static final String KEY = "pk_from_secret_6c0e4d1a";
    public static final String ROTATED_KEY = "pk_rotated_9b7f2e3c";
    public static final String CALLER_TOKEN = "token-from-secret-3a9e";

    static WireMockServer server;
    private String initial = "secret";

    @Override
    public void init(Map<String, String> initArgs) {
        initial = initArgs.getOrDefault("initial", initial);
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        if (initial.equals("denied")) {
            answerAccessDenied();
        } else {
            answerSecret(KEY);
        }
        System.setProperty("aws.region", "eu-west-1");
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        System.setProperty("aws.endpointUrlSecretsManager", server.baseUrl());
        return Map.of("klaviyo.secret-id", SECRET_ID);
    }

    @Override
    public void stop() {
        System.clearProperty("aws.endpointUrlSecretsManager");
        server.stop();
    }

    static void answerSecret(String klaviyoApiKey) {
        String secretString = "{\\\"klaviyoApiKey\\\": \\\"" + klaviyoApiKey + "\\\", \\\"callerToken\\\": \\\"" + CALLER_TOKEN + "\\\"}";
        server.stubFor(getSecretValue().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("""
                        {"ARN": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:klaviyo-actions/prod-AbCdEf",
                         "Name": "klaviyo-actions/prod", "VersionId": "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE",
                         "SecretString": "%s", "VersionStages": ["AWSCURRENT"], "CreatedDate": 1.523477145713E9}
                        """.formatted(secretString))));
    }

    static void answerAccessDenied() {
        server.stubFor(getSecretValue().willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\": \"AccessDeniedException\", \"Message\": \"User is not authorized to perform GetSecretValue\"}")));
    }

    static void answerConnectionReset() {
        server.stubFor(getSecretValue().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder getSecretValue() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"));
    }
}
