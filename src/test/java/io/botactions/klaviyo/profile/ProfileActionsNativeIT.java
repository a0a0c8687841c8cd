package io.botactions.klaviyo.profile;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The cases of {@link ProfileActionsTest} against the native executable, which polls the Lambda Runtime API that Quarkus'
 * test harness serves. Runs with {@code -Dnative} only (the native profile of pom.xml).
 */
@QuarkusIntegrationTest
class ProfileActionsNativeIT extends ProfileActionsTest {
}
