package io.botactions.klaviyo.list;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code removeProfilesFromList} action: removes profiles from a list without changing their consent.
 */
@ApplicationScoped
public class RemoveProfilesFromList implements Action<ListMembershipInput, ListMembershipResult> {

    private final KlaviyoClient klaviyo;

    RemoveProfilesFromList(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "removeProfilesFromList";
    }

    @Override
    public Class<ListMembershipInput> inputType() {
        return ListMembershipInput.class;
    }

    @Override
    public ListMembershipResult handle(ListMembershipInput input) {
        klaviyo.removeFromList(input.listId(), input.profileIds());
        return new ListMembershipResult(true);
    }
}
