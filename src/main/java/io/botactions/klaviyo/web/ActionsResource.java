package io.botactions.klaviyo.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.botactions.klaviyo.action.Actions;
import io.botactions.klaviyo.error.Problem;
import io.botactions.klaviyo.event.TrackEvent;
import io.botactions.klaviyo.event.TrackEventInput;
import io.botactions.klaviyo.event.TrackEventResult;
import io.botactions.klaviyo.list.AddProfilesToList;
import io.botactions.klaviyo.list.ListMembershipInput;
import io.botactions.klaviyo.list.ListMembershipResult;
import io.botactions.klaviyo.list.RemoveProfilesFromList;
import io.botactions.klaviyo.profile.CreateOrUpdateProfile;
import io.botactions.klaviyo.profile.CreateOrUpdateProfileInput;
import io.botactions.klaviyo.profile.CreateProfile;
import io.botactions.klaviyo.profile.CreateProfileInput;
import io.botactions.klaviyo.profile.GetProfile;
import io.botactions.klaviyo.profile.GetProfileInput;
import io.botactions.klaviyo.profile.GetProfiles;
import io.botactions.klaviyo.profile.GetProfilesInput;
import io.botactions.klaviyo.profile.ProfileResult;
import io.botactions.klaviyo.profile.ProfilesResult;
import io.botactions.klaviyo.profile.UpdateProfile;
import io.botactions.klaviyo.profile.UpdateProfileInput;
import io.botactions.klaviyo.profile.UpsertResult;
import io.botactions.klaviyo.subscription.SubscribeProfiles;
import io.botactions.klaviyo.subscription.SubscribeProfilesInput;
import io.botactions.klaviyo.subscription.SubscribeResult;
import io.botactions.klaviyo.subscription.UnsubscribeProfiles;
import io.botactions.klaviyo.subscription.UnsubscribeProfilesInput;

/**
 * The plain HTTP face: one {@code POST /actions/<name>} route per Botpress action, the JSON body being the action's
 * input. Each route only runs its action on the input.
 */
@Path("/actions")
@Tag(name = "actions", description = "One route per Botpress action")
@SecurityScheme(securitySchemeName = "callerToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The deployment's caller token")
@SecurityRequirement(name = "callerToken")
@APIResponse(responseCode = "400", description = "The input breaks a rule or is not well-formed JSON, or Klaviyo refused it", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No caller token, or the wrong one", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Klaviyo has no such resource", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "405", description = "Only POST is served", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Klaviyo refused a duplicate; duplicateProfileId names the existing profile", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "413", description = "The body is over 1 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Klaviyo refused the request with another 4xx status", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "Klaviyo's rate limit; try again after Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "An unexpected failure, logged", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "502", description = "Klaviyo failed, could not be reached, or refused the deployment's key", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Calls to Klaviyo are paused, or the Klaviyo key is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "504", description = "Klaviyo did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

    private final CreateProfile createProfile;
    private final UpdateProfile updateProfile;
    private final GetProfile getProfile;
    private final GetProfiles getProfiles;
    private final SubscribeProfiles subscribeProfiles;
    private final CreateOrUpdateProfile createOrUpdateProfile;
    private final UnsubscribeProfiles unsubscribeProfiles;
    private final AddProfilesToList addProfilesToList;
    private final RemoveProfilesFromList removeProfilesFromList;
    private final TrackEvent trackEvent;
    private final Actions actions;

    @SuppressWarnings("java:S107") // one handler per route, injected as the container builds the resource
    ActionsResource(Actions actions, CreateProfile createProfile, UpdateProfile updateProfile, GetProfile getProfile,
            GetProfiles getProfiles, SubscribeProfiles subscribeProfiles, CreateOrUpdateProfile createOrUpdateProfile,
            UnsubscribeProfiles unsubscribeProfiles, AddProfilesToList addProfilesToList,
            RemoveProfilesFromList removeProfilesFromList, TrackEvent trackEvent) {
        this.actions = actions;
        this.createOrUpdateProfile = createOrUpdateProfile;
        this.unsubscribeProfiles = unsubscribeProfiles;
        this.addProfilesToList = addProfilesToList;
        this.removeProfilesFromList = removeProfilesFromList;
        this.trackEvent = trackEvent;
        this.createProfile = createProfile;
        this.updateProfile = updateProfile;
        this.getProfile = getProfile;
        this.getProfiles = getProfiles;
        this.subscribeProfiles = subscribeProfiles;
    }

    @POST
    @Path("/createProfile")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "createProfile",
            value = "{\"email\": \"ada@example.com\", \"phone\": \"+15005550006\", \"firstName\": \"Ada\", \"properties\": {\"plan\": \"pro\"}}")))
    @APIResponse(responseCode = "200", description = "The output of createProfile", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProfileResult.class), examples = @ExampleObject(name = "createProfile", value = "{\"profile\": {\"id\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\", \"email\": \"ada@example.com\", \"phone\": \"+15005550006\", \"externalId\": null, \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"organization\": null, \"title\": null, \"locale\": null, \"properties\": {\"plan\": \"pro\"}, \"created\": \"2026-01-02T03:04:05+00:00\", \"updated\": \"2026-01-02T03:04:05+00:00\"}}")))
    public ProfileResult createProfile(CreateProfileInput input) {
        return actions.run(createProfile, input);
    }

    @POST
    @Path("/updateProfile")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "updateProfile",
            value = "{\"profileId\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\", \"lastName\": \"Lovelace\"}")))
    @APIResponse(responseCode = "200", description = "The output of updateProfile", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProfileResult.class), examples = @ExampleObject(name = "updateProfile", value = "{\"profile\": {\"id\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\", \"email\": \"ada@example.com\", \"phone\": \"+15005550006\", \"externalId\": null, \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"organization\": null, \"title\": null, \"locale\": null, \"properties\": {\"plan\": \"pro\"}, \"created\": \"2026-01-02T03:04:05+00:00\", \"updated\": \"2026-01-02T03:04:05+00:00\"}}")))
    public ProfileResult updateProfile(UpdateProfileInput input) {
        return actions.run(updateProfile, input);
    }

    @POST
    @Path("/getProfile")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "getProfile",
            value = "{\"profileId\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\"}")))
    @APIResponse(responseCode = "200", description = "The output of getProfile", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProfileResult.class), examples = @ExampleObject(name = "getProfile", value = "{\"profile\": {\"id\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\", \"email\": \"ada@example.com\", \"phone\": \"+15005550006\", \"externalId\": null, \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"organization\": null, \"title\": null, \"locale\": null, \"properties\": {\"plan\": \"pro\"}, \"created\": \"2026-01-02T03:04:05+00:00\", \"updated\": \"2026-01-02T03:04:05+00:00\"}}")))
    public ProfileResult getProfile(GetProfileInput input) {
        return actions.run(getProfile, input);
    }

    @POST
    @Path("/getProfiles")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "getProfiles",
            value = "{\"filterField\": \"email\", \"filterOperator\": \"equals\", \"filterValue\": \"ada@example.com\", \"pageSize\": 5}")))
    @APIResponse(responseCode = "200", description = "The output of getProfiles", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProfilesResult.class), examples = @ExampleObject(name = "getProfiles", value = "{\"profiles\": [{\"id\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\", \"email\": \"ada@example.com\", \"phone\": \"+15005550006\", \"externalId\": null, \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"organization\": null, \"title\": null, \"locale\": null, \"properties\": {\"plan\": \"pro\"}, \"created\": \"2026-01-02T03:04:05+00:00\", \"updated\": \"2026-01-02T03:04:05+00:00\"}]}")))
    public ProfilesResult getProfiles(GetProfilesInput input) {
        return actions.run(getProfiles, input);
    }

    @POST
    @Path("/subscribeProfiles")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "subscribeProfiles",
            value = "{\"profileSubscriptions\": [{\"email\": \"ada@example.com\", \"emailConsent\": true}], \"listId\": \"Y6nRLr\"}")))
    @APIResponse(responseCode = "200", description = "The output of subscribeProfiles", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscribeResult.class), examples = @ExampleObject(name = "subscribeProfiles", value = "{\"success\": true}")))
    public SubscribeResult subscribeProfiles(SubscribeProfilesInput input) {
        return actions.run(subscribeProfiles, input);
    }

    @POST
    @Path("/createOrUpdateProfile")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "createOrUpdateProfile",
            value = "{\"email\": \"ada@example.com\", \"externalId\": \"crm-42\", \"firstName\": \"Ada\"}")))
    @APIResponse(responseCode = "200", description = "The output of createOrUpdateProfile", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpsertResult.class), examples = @ExampleObject(name = "createOrUpdateProfile", value = "{\"profile\": {\"id\": \"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\", \"email\": \"ada@example.com\", \"phone\": \"+15005550006\", \"externalId\": \"crm-42\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"organization\": null, \"title\": null, \"locale\": null, \"properties\": {\"plan\": \"pro\"}, \"created\": \"2026-01-02T03:04:05+00:00\", \"updated\": \"2026-01-02T03:04:05+00:00\"}, \"created\": true}")))
    public UpsertResult createOrUpdateProfile(CreateOrUpdateProfileInput input) {
        return actions.run(createOrUpdateProfile, input);
    }

    @POST
    @Path("/unsubscribeProfiles")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "unsubscribeProfiles",
            value = "{\"profileUnsubscriptions\": [{\"email\": \"ada@example.com\", \"emailMarketing\": true}], \"listId\": \"Y6nRLr\"}")))
    @APIResponse(responseCode = "200", description = "The output of unsubscribeProfiles", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscribeResult.class), examples = @ExampleObject(name = "unsubscribeProfiles", value = "{\"success\": true}")))
    public SubscribeResult unsubscribeProfiles(UnsubscribeProfilesInput input) {
        return actions.run(unsubscribeProfiles, input);
    }

    @POST
    @Path("/addProfilesToList")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "addProfilesToList",
            value = "{\"listId\": \"Y6nRLr\", \"profileIds\": [\"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\"]}")))
    @APIResponse(responseCode = "200", description = "The output of addProfilesToList", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListMembershipResult.class), examples = @ExampleObject(name = "addProfilesToList", value = "{\"success\": true}")))
    public ListMembershipResult addProfilesToList(ListMembershipInput input) {
        return actions.run(addProfilesToList, input);
    }

    @POST
    @Path("/removeProfilesFromList")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "removeProfilesFromList",
            value = "{\"listId\": \"Y6nRLr\", \"profileIds\": [\"01HZX3K5QG0A7N3Y9Q2ZKQ7C1B\"]}")))
    @APIResponse(responseCode = "200", description = "The output of removeProfilesFromList", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListMembershipResult.class), examples = @ExampleObject(name = "removeProfilesFromList", value = "{\"success\": true}")))
    public ListMembershipResult removeProfilesFromList(ListMembershipInput input) {
        return actions.run(removeProfilesFromList, input);
    }

    @POST
    @Path("/trackEvent")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "trackEvent",
            value = "{\"metricName\": \"Viewed Product\", \"email\": \"ada@example.com\", \"properties\": {\"sku\": \"AE-1\"}, \"value\": 9.99}")))
    @APIResponse(responseCode = "200", description = "The output of trackEvent", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrackEventResult.class), examples = @ExampleObject(name = "trackEvent", value = "{\"success\": true, \"uniqueId\": \"3f1c2a9e-5b7d-4c1e-9a2f-8d6b4e0c7a51\"}")))
    public TrackEventResult trackEvent(TrackEventInput input) {
        return actions.run(trackEvent, input);
    }
}
