package io.botactions.klaviyo.klaviyo;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.botactions.klaviyo.credentials.KlaviyoCredentials;
import io.botactions.klaviyo.invocation.Invocation;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.logging.Log;

/**
 * The product's only way to Klaviyo: maps the product's records to Klaviyo's JSON:API documents and back, and
 * turns Klaviyo's error documents into {@link KlaviyoException}.
 */
@ApplicationScoped
public class KlaviyoClient {

    private final KlaviyoApi api;
    private final KlaviyoGuard guard;
    private final KlaviyoCredentials credentials;
    private final ObjectMapper json;
    private static final List<String> LOCATION_PARTS = List.of("address1", "address2", "city", "country", "region", "zip");

    KlaviyoClient(@RestClient KlaviyoApi api, KlaviyoGuard guard, KlaviyoCredentials credentials, ObjectMapper json) {
        this.api = api;
        this.json = json;
        this.guard = guard;
        this.credentials = credentials;
    }

    /**
     * Creates a profile. When Klaviyo refuses a retried attempt as a duplicate, the first attempt most likely created
     * the profile before its answer was lost, so the existing profile is returned instead of the conflict.
     */
    public Profile createProfile(ProfileChanges changes) {
        var document = new JsonApi.ProfileDocument(new JsonApi.ProfileResource(JsonApi.PROFILE, null, attributes(changes)));
        var attempts = new AtomicInteger();
        try {
            Profile created = profile(call(authorization -> {
                attempts.incrementAndGet();
                return api.createProfile(authorization, document);
            }).data());
            Log.debugf("Created Klaviyo profile %s", created.id());
            return created;
        } catch (KlaviyoException e) {
            if (e.status() != 409 || attempts.get() < 2 || e.duplicateProfileId().isEmpty()) {
                throw e;
            }
            Log.infof("A retried create met Klaviyo profile %s as a duplicate; returning it", e.duplicateProfileId().get());
            return getProfile(e.duplicateProfileId().get());
        }
    }

    /**
     * Writes the given attributes of a profile and clears those in {@link ProfileChanges#cleared()}.
     */
    public Profile updateProfile(String profileId, ProfileChanges changes) {
        ObjectNode attributes = json.valueToTree(attributes(changes));
        for (ProfileField field : changes.cleared()) {
            if (field == ProfileField.LOCATION) {
                // Klaviyo's description types location as an object, never null: clearing it clears each part.
                LOCATION_PARTS.forEach(attributes.putObject(field.attribute())::putNull);
            } else {
                attributes.putNull(field.attribute());
            }
        }
        var document = new JsonApi.ProfilePatchDocument(new JsonApi.ProfilePatch(JsonApi.PROFILE, profileId, attributes));
        Profile updated = profile(call(authorization -> api.updateProfile(authorization, profileId, document)).data());
        Log.debugf("Updated Klaviyo profile %s", profileId);
        return updated;
    }

    public Profile getProfile(String profileId) {
        return profile(call(authorization -> api.getProfile(authorization, profileId)).data());
    }

    /**
     * Creates the profile Klaviyo finds no match for by email, phone or external id, or updates the match. The
     * result says which Klaviyo did; after a retry whose first attempt's answer was lost, Klaviyo reports the update
     * of the profile that first attempt created.
     */
    public ImportedProfile importProfile(ProfileChanges changes) {
        var document = new JsonApi.ProfileDocument(new JsonApi.ProfileResource(JsonApi.PROFILE, null, attributes(changes)));
        var response = call(authorization -> api.importProfile(authorization, document));
        Profile profile = profile(response.getEntity().data());
        boolean created = response.getStatus() == 201;
        Log.debugf("%s Klaviyo profile %s", created ? "Created" : "Updated", profile.id());
        return new ImportedProfile(profile, created);
    }

    public ProfilePage getProfiles(ProfileQuery query) {
        String filter = query.filterExpression().orElse(null);
        String cursor = query.pageCursor().orElse(null);
        String additionalFields = query.withSubscriptions() ? "subscriptions" : null;
        var found = call(authorization -> api.getProfiles(authorization, filter, query.pageSize(), query.sort().orElse(null),
                cursor, additionalFields));
        List<Profile> profiles = found.data() == null ? List.of() : found.data().stream().map(KlaviyoClient::profile).toList();
        Log.debugf("Klaviyo profile search returned %d profile(s)", profiles.size());
        Optional<String> next = Optional.ofNullable(found.links()).map(JsonApi.Links::next).flatMap(KlaviyoClient::cursorOf);
        return new ProfilePage(profiles, next);
    }

    /** Klaviyo's next-page link carries the next page's cursor in its {@code page[cursor]} query parameter. */
    private static Optional<String> cursorOf(String nextLink) {
        List<String> cursor = new QueryStringDecoder(URI.create(nextLink)).parameters().get("page[cursor]");
        return cursor == null ? Optional.empty() : cursor.stream().filter(value -> !value.isEmpty()).findFirst();
    }

    public void subscribe(SubscriptionRequest request) {
        String consentedAt = request.consentedAt().map(Object::toString).orElse(null);
        var subscribers = request.subscribers().stream().map(subscriber -> subscriber(subscriber, consentedAt)).toList();
        var relationships = listRelationship(request.listId());
        var attributes = new JsonApi.SubscriptionJobAttributes(new JsonApi.SubscriberList(subscribers),
                request.consentedAt().isPresent() ? Boolean.TRUE : null);
        var job = new JsonApi.SubscriptionJobDocument(new JsonApi.SubscriptionJob(JsonApi.SUBSCRIPTION_JOB, attributes, relationships));
        send(authorization -> api.subscribe(authorization, job));
        Log.debugf("Klaviyo accepted a subscription job for %d profile(s)", subscribers.size());
    }

    public void unsubscribe(UnsubscriptionRequest request) {
        var unsubscribed = new JsonApi.Channel(new JsonApi.Consent(JsonApi.UNSUBSCRIBED, null));
        var profiles = request.unsubscribers().stream()
                .map(unsubscriber -> new JsonApi.SubscriberResource(JsonApi.PROFILE, null, new JsonApi.SubscriberAttributes(
                        unsubscriber.email(), unsubscriber.phone(), new JsonApi.Subscriptions(
                                unsubscriber.emailMarketing() ? unsubscribed : null,
                                unsubscriber.smsMarketing() ? unsubscribed : null))))
                .toList();
        var job = new JsonApi.UnsubscriptionJobDocument(new JsonApi.UnsubscriptionJob(JsonApi.UNSUBSCRIPTION_JOB,
                new JsonApi.UnsubscriptionJobAttributes(new JsonApi.SubscriberList(profiles)),
                listRelationship(request.listId())));
        send(authorization -> api.unsubscribe(authorization, job));
        Log.debugf("Klaviyo accepted an unsubscription job for %d profile(s)", profiles.size());
    }

    public void addToList(String listId, List<String> profileIds) {
        var profiles = profileIdentifiers(profileIds);
        send(authorization -> api.addToList(authorization, listId, profiles));
        Log.debugf("Added %d profile(s) to Klaviyo list %s", profileIds.size(), listId);
    }

    public void removeFromList(String listId, List<String> profileIds) {
        var profiles = profileIdentifiers(profileIds);
        send(authorization -> api.removeFromList(authorization, listId, profiles));
        Log.debugf("Removed %d profile(s) from Klaviyo list %s", profileIds.size(), listId);
    }

    public void trackEvent(TrackedEvent event) {
        ProfileIdentifier who = event.profile();
        Invocation.current().ifPresent(invocation -> invocation.involvedProfile(who.id()));
        var profile = new JsonApi.EventProfile(JsonApi.PROFILE, who.id(),
                new JsonApi.EventProfileAttributes(who.email(), who.phone(), who.externalId()));
        var metric = new JsonApi.MetricResource(JsonApi.METRIC, new JsonApi.MetricAttributes(event.metricName()));
        var attributes = new JsonApi.EventAttributes(event.properties(),
                event.time().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null), event.value().orElse(null),
                event.uniqueId(), new JsonApi.MetricRelationship(metric), new JsonApi.EventProfileRelationship(profile));
        var document = new JsonApi.EventDocument(new JsonApi.EventResource(JsonApi.EVENT, attributes));
        send(authorization -> api.createEvent(authorization, document));
        Log.debugf("Klaviyo accepted an event%s", who.id() == null ? "" : " for profile " + who.id());
    }

    private static JsonApi.SubscriptionJobRelationships listRelationship(Optional<String> listId) {
        return listId.map(id -> new JsonApi.SubscriptionJobRelationships(
                new JsonApi.Relationship(new JsonApi.ResourceIdentifier(JsonApi.LIST, id)))).orElse(null);
    }

    private static JsonApi.ResourceIdentifiers profileIdentifiers(List<String> profileIds) {
        Invocation.current().ifPresent(invocation -> profileIds.forEach(invocation::involvedProfile));
        return new JsonApi.ResourceIdentifiers(
                profileIds.stream().map(id -> new JsonApi.ResourceIdentifier(JsonApi.PROFILE, id)).toList());
    }

    /**
     * Proves the current key works with Klaviyo's cheapest call, reading the account it belongs to.
     *
     * @return the Klaviyo account id
     * @throws KlaviyoException when Klaviyo refuses the key
     */
    public String verifyKey() {
        var accounts = call(authorization -> api.getAccounts(authorization));
        String account = accounts.data() == null || accounts.data().isEmpty() ? "" : accounts.data().get(0).id();
        Log.debugf("The Klaviyo key belongs to account %s", account);
        return account;
    }

    /**
     * Makes one Klaviyo call, through the guard's fault tolerance, with the current key. {@code request} runs once per
     * attempt.
     */
    private <T> T call(Function<String, T> request) {
        return withKey(authorization -> guard.call(() -> request.apply(authorization)));
    }

    /** {@link #call} for the calls whose answer carries nothing the product reads. */
    private void send(Consumer<String> request) {
        call(authorization -> {
            request.accept(authorization);
            return null;
        });
    }

    /**
     * Runs a call with the current key. If Klaviyo refuses it with 401 and the key has rotated in Secrets Manager
     * since it was read, runs the call once more with the new key; never more.
     */
    private <T> T withKey(Function<String, T> call) {
        String key = credentials.apiKey();
        try {
            return call.apply(authorization(key));
        } catch (KlaviyoException e) {
            if (e.status() != 401) {
                throw e;
            }
            String rotated = credentials.rotatedApiKey(key).orElseThrow(() -> e);
            return call.apply(authorization(rotated));
        }
    }

    private static String authorization(String key) {
        return "Klaviyo-API-Key " + key;
    }

    private static JsonApi.ProfileAttributes attributes(ProfileChanges changes) {
        return new JsonApi.ProfileAttributes(changes.email(), changes.phone(), changes.externalId(), changes.firstName(),
                changes.lastName(), changes.organization(), changes.title(), changes.locale(), changes.location(),
                changes.properties(), null, null, null);
    }

    private static Profile profile(JsonApi.ProfileResource resource) {
        Invocation.current().ifPresent(invocation -> invocation.involvedProfile(resource.id()));
        var attributes = resource.attributes();
        return new Profile(resource.id(), attributes.email(), attributes.phoneNumber(), attributes.externalId(),
                attributes.firstName(), attributes.lastName(), attributes.organization(), attributes.title(),
                attributes.locale(), attributes.location(), attributes.properties(), subscriptions(attributes.subscriptions()),
                attributes.created(), attributes.updated());
    }

    private static ProfileSubscriptions subscriptions(JsonApi.ProfileSubscriptions subscriptions) {
        if (subscriptions == null) {
            return null;
        }
        var email = Optional.ofNullable(subscriptions.email()).map(JsonApi.EmailChannel::marketing)
                .map(marketing -> new ProfileSubscriptions.Consent(marketing.consent(), marketing.canReceiveEmailMarketing(),
                        marketing.consentTimestamp(), marketing.method()))
                .orElse(null);
        var sms = Optional.ofNullable(subscriptions.sms()).map(JsonApi.SmsChannel::marketing)
                .map(marketing -> new ProfileSubscriptions.Consent(marketing.consent(), marketing.canReceiveSmsMarketing(),
                        marketing.consentTimestamp(), marketing.method()))
                .orElse(null);
        return new ProfileSubscriptions(email, sms);
    }

    private static JsonApi.SubscriberResource subscriber(Subscriber subscriber, String consentedAt) {
        Invocation.current().ifPresent(invocation -> invocation.involvedProfile(subscriber.profileId()));
        var email = subscriber.emailMarketing()
                ? new JsonApi.Channel(new JsonApi.Consent(JsonApi.SUBSCRIBED, consentedAt))
                : null;
        var sms = subscriber.smsMarketing()
                ? new JsonApi.Channel(new JsonApi.Consent(JsonApi.SUBSCRIBED, consentedAt))
                : null;
        var attributes = new JsonApi.SubscriberAttributes(subscriber.email(), subscriber.phone(),
                new JsonApi.Subscriptions(email, sms));
        return new JsonApi.SubscriberResource(JsonApi.PROFILE, subscriber.profileId(), attributes);
    }

    static KlaviyoException failure(Response response) {
        List<JsonApi.ErrorObject> errors = List.of();
        try {
            var document = response.readEntity(JsonApi.ErrorDocument.class);
            if (document != null && document.errors() != null) {
                errors = document.errors();
            }
        } catch (ProcessingException | IllegalStateException e) {
            Log.debugf("Klaviyo answered %d without a JSON:API error document", response.getStatus());
        }
        Optional<String> duplicate = errors.stream()
                .map(JsonApi.ErrorObject::meta)
                .filter(meta -> meta != null && meta.get("duplicate_profile_id") instanceof String)
                .map(meta -> (String) meta.get("duplicate_profile_id"))
                .findFirst();
        List<KlaviyoError> kept = errors.stream()
                .map(error -> new KlaviyoError(error.code(), error.title(), error.detail(),
                        error.source() == null ? null : error.source().pointer()))
                .toList();
        Optional<Duration> retryAfter = retryAfter(response.getHeaderString("Retry-After"));
        return response.getStatus() >= 500
                ? new KlaviyoServerException(response.getStatus(), kept, retryAfter)
                : new KlaviyoException(response.getStatus(), kept, duplicate, retryAfter);
    }

    /** Klaviyo sends Retry-After in whole seconds. */
    private static Optional<Duration> retryAfter(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
