package io.botactions.klaviyo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/**
 * Base of the tests that run the actions against the Klaviyo stand-in: a clean stand-in before each test, and no
 * request that breaks Klaviyo's OpenAPI contract after it.
 */
@QuarkusTestResource(value = KlaviyoStub.class, restrictToAnnotatedClass = true)
public abstract class KlaviyoTest {

    @InjectKlaviyo
    protected KlaviyoMock klaviyo;

    @BeforeEach
    void resetKlaviyo() {
        klaviyo.reset();
    }

    /**
     * Every request carries the caller token, and every response of an action is checked against the application's
     * OpenAPI document.
     */
    @BeforeEach
    void authenticateAsTheDeploymentsCaller() {
        var spec = new RequestSpecBuilder().addFilter(
                new DocumentedResponses(RestAssured.baseURI + ":" + RestAssured.port + "/q/openapi?format=json"));
        if (callerToken() != null) {
            spec.addHeader("Authorization", "Bearer " + callerToken());
        }
        RestAssured.requestSpecification = spec.build();
    }

    /**
     * The bearer token each request of the test carries, or null for none.
     */
    protected String callerToken() {
        return KlaviyoStub.CALLER_TOKEN;
    }

    @AfterEach
    void forgetTheCaller() {
        RestAssured.requestSpecification = null;
    }

    @AfterEach
    void requestsKeptKlaviyosContract() {
        assertEquals(List.of(), klaviyo.contract().violations(), "requests that break Klaviyo's OpenAPI contract");
    }
}
