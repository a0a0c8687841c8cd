package io.botactions.klaviyo.klaviyo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Klaviyo's JSON:API documents, as {@code profiles.json} of Klaviyo's OpenAPI description shapes them. Only
 * {@link KlaviyoClient} sees these types. Unknown members are ignored so new Klaviyo attributes cannot break a
 * read; null members are not sent, so a write touches only what the caller set.
 */
// error documents are read with readEntity in the client's exception mapper, out of Quarkus' sight; registering the
// holder registers every nested document type
@RegisterForReflection
final class JsonApi {

    static final String PROFILE = "profile";
    static final String LIST = "list";
    static final String SUBSCRIPTION_JOB = "profile-subscription-bulk-create-job";
    static final String SUBSCRIBED = "SUBSCRIBED";

    private JsonApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileDocument(ProfileResource data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileCollection(List<ProfileResource> data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileResource(String type, String id, ProfileAttributes attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileAttributes(
            String email,
            String phoneNumber,
            String externalId,
            String firstName,
            String lastName,
            String organization,
            String title,
            String locale,
            Location location,
            Map<String, Object> properties,
            String created,
            String updated) {
    }

    record SubscriptionJobDocument(SubscriptionJob data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionJob(String type, SubscriptionJobAttributes attributes, SubscriptionJobRelationships relationships) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionJobAttributes(SubscriberList profiles, Boolean historicalImport) {
    }

    record SubscriberList(List<SubscriberResource> data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriberResource(String type, String id, SubscriberAttributes attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriberAttributes(String email, String phoneNumber, Subscriptions subscriptions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subscriptions(Channel email, Channel sms) {
    }

    record Channel(Consent marketing) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Consent(String consent, String consentedAt) {
    }

    record SubscriptionJobRelationships(Relationship list) {
    }

    record Relationship(ResourceIdentifier data) {
    }

    record ResourceIdentifier(String type, String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountCollection(List<AccountResource> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountResource(String type, String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorDocument(List<ErrorObject> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorObject(String code, String title, String detail, ErrorSource source, Map<String, Object> meta) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorSource(String pointer, String parameter) {
    }
}
