package io.botactions.klaviyo.error;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The cases of {@link KlaviyoErrorsTest} against the native executable, which polls the Lambda Runtime API that Quarkus'
 * test harness serves. Runs with {@code -Dnative} only (the native profile of pom.xml).
 */
@QuarkusIntegrationTest
class KlaviyoErrorsNativeIT extends KlaviyoErrorsTest {
}
