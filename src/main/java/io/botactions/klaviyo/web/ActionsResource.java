package io.botactions.klaviyo.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.botactions.klaviyo.action.Actions;
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
import io.botactions.klaviyo.subscription.SubscribeProfiles;
import io.botactions.klaviyo.subscription.SubscribeProfilesInput;
import io.botactions.klaviyo.subscription.SubscribeResult;

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
    private final Actions actions;

    ActionsResource(Actions actions, CreateProfile createProfile, UpdateProfile updateProfile, GetProfile getProfile,
            GetProfiles getProfiles, SubscribeProfiles subscribeProfiles) {
        this.actions = actions;
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
}
