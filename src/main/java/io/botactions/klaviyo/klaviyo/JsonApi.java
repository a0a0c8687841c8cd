package io.botactions.klaviyo.klaviyo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Klaviyo's JSON:API documents, as {@code profiles.json}, {@code lists.json} and {@code events.json} of Klaviyo's
 * OpenAPI description shape them. Only
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
    static final String UNSUBSCRIPTION_JOB = "profile-subscription-bulk-delete-job";
    static final String UNSUBSCRIBED = "UNSUBSCRIBED";
    static final String EVENT = "event";
    static final String METRIC = "metric";

    private JsonApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileDocument(ProfileResource data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileCollection(List<ProfileResource> data, Links links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Links(String next) {
    }

    /**
     * A profile PATCH. The attributes are a tree rather than {@link ProfileAttributes} because a PATCH must carry an
     * explicit {@code null} for each attribute to clear, which a record with {@code NON_NULL} inclusion cannot.
     */
    record ProfilePatchDocument(ProfilePatch data) {
    }

    record ProfilePatch(String type, String id, ObjectNode attributes) {
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
            ProfileSubscriptions subscriptions,
            String created,
            String updated) {
    }

    /** The {@code subscriptions} additional field of a profile; only marketing consent is read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileSubscriptions(EmailChannel email, SmsChannel sms) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmailChannel(EmailMarketing marketing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SmsChannel(SmsMarketing marketing) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmailMarketing(Boolean canReceiveEmailMarketing, String consent, String consentTimestamp, String method) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SmsMarketing(Boolean canReceiveSmsMarketing, String consent, String consentTimestamp, String method) {
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

    record UnsubscriptionJobDocument(UnsubscriptionJob data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UnsubscriptionJob(String type, UnsubscriptionJobAttributes attributes,
            SubscriptionJobRelationships relationships) {
    }

    record UnsubscriptionJobAttributes(SubscriberList profiles) {
    }

    /** A to-many relationship body, such as the profiles to add to or remove from a list. */
    record ResourceIdentifiers(List<ResourceIdentifier> data) {
    }

    record EventDocument(EventResource data) {
    }

    record EventResource(String type, EventAttributes attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventAttributes(Map<String, Object> properties, String time, BigDecimal value, String uniqueId,
            MetricRelationship metric, EventProfileRelationship profile) {
    }

    record MetricRelationship(MetricResource data) {
    }

    record MetricResource(String type, MetricAttributes attributes) {
    }

    record MetricAttributes(String name) {
    }

    record EventProfileRelationship(EventProfile data) {
    }

    /** The profile an event is about; Klaviyo requires {@code attributes} even when the id alone identifies it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventProfile(String type, String id, EventProfileAttributes attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventProfileAttributes(String email, String phoneNumber, String externalId) {
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
