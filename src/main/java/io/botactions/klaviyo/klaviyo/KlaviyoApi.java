package io.botactions.klaviyo.klaviyo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * The Klaviyo operations the product uses, declared as a MicroProfile REST client. Only {@link KlaviyoClient}
 * calls it; the key travels as a parameter so the caller decides which key each call uses.
 */
@RegisterRestClient(configKey = "klaviyo")
@Path("/api")
@Consumes(KlaviyoApi.JSON_API)
@Produces(KlaviyoApi.JSON_API)
@ClientHeaderParam(name = "revision", value = "${klaviyo.revision}")
interface KlaviyoApi {

    String JSON_API = "application/vnd.api+json";

    @POST
    @Path("/profiles")
    JsonApi.ProfileDocument createProfile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            JsonApi.ProfileDocument profile);

    @PATCH
    @Path("/profiles/{id}")
    JsonApi.ProfileDocument updateProfile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, JsonApi.ProfilePatchDocument profile);

    /** Klaviyo answers 201 when it created the profile, 200 when it updated one. */
    @POST
    @Path("/profile-import")
    RestResponse<JsonApi.ProfileDocument> importProfile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            JsonApi.ProfileDocument profile);

    @GET
    @Path("/profiles/{id}")
    JsonApi.ProfileDocument getProfile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);

    @GET
    @Path("/profiles")
    JsonApi.ProfileCollection getProfiles(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RestQuery("filter") String filter, @RestQuery("page[size]") int pageSize, @RestQuery("sort") String sort,
            @RestQuery("page[cursor]") String pageCursor, @RestQuery("additional-fields[profile]") String additionalFields);

    @POST
    @Path("/profile-subscription-bulk-create-jobs")
    void subscribe(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonApi.SubscriptionJobDocument job);

    @POST
    @Path("/profile-subscription-bulk-delete-jobs")
    void unsubscribe(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonApi.UnsubscriptionJobDocument job);

    @POST
    @Path("/lists/{id}/relationships/profiles")
    void addToList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String listId,
            JsonApi.ResourceIdentifiers profiles);

    @DELETE
    @Path("/lists/{id}/relationships/profiles")
    void removeFromList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String listId,
            JsonApi.ResourceIdentifiers profiles);

    @POST
    @Path("/events")
    void createEvent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonApi.EventDocument event);

    @GET
    @Path("/accounts")
    JsonApi.AccountCollection getAccounts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return KlaviyoClient.failure(response);
    }
}
