package io.botactions.klaviyo.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.botactions.klaviyo.action.Actions;
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
    public ProfileResult createProfile(CreateProfileInput input) {
        return actions.run(createProfile, input);
    }

    @POST
    @Path("/updateProfile")
    public ProfileResult updateProfile(UpdateProfileInput input) {
        return actions.run(updateProfile, input);
    }

    @POST
    @Path("/getProfile")
    public ProfileResult getProfile(GetProfileInput input) {
        return actions.run(getProfile, input);
    }

    @POST
    @Path("/getProfiles")
    public ProfilesResult getProfiles(GetProfilesInput input) {
        return actions.run(getProfiles, input);
    }

    @POST
    @Path("/subscribeProfiles")
    public SubscribeResult subscribeProfiles(SubscribeProfilesInput input) {
        return actions.run(subscribeProfiles, input);
    }

    @POST
    @Path("/createOrUpdateProfile")
    public UpsertResult createOrUpdateProfile(CreateOrUpdateProfileInput input) {
        return actions.run(createOrUpdateProfile, input);
    }

    @POST
    @Path("/unsubscribeProfiles")
    public SubscribeResult unsubscribeProfiles(UnsubscribeProfilesInput input) {
        return actions.run(unsubscribeProfiles, input);
    }

    @POST
    @Path("/addProfilesToList")
    public ListMembershipResult addProfilesToList(ListMembershipInput input) {
        return actions.run(addProfilesToList, input);
    }

    @POST
    @Path("/removeProfilesFromList")
    public ListMembershipResult removeProfilesFromList(ListMembershipInput input) {
        return actions.run(removeProfilesFromList, input);
    }

    @POST
    @Path("/trackEvent")
    public TrackEventResult trackEvent(TrackEventInput input) {
        return actions.run(trackEvent, input);
    }
}
