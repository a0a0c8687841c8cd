package io.botactions.klaviyo.list;

import jakarta.enterprise.context.ApplicationScoped;

import io.botactions.klaviyo.action.Action;
import io.botactions.klaviyo.klaviyo.KlaviyoClient;

/**
 * The {@code addProfilesToList} action: adds existing profiles to a list without changing their consent.
 */
@ApplicationScoped
public class AddProfilesToList implements Action<ListMembershipInput, ListMembershipResult> {

    private final KlaviyoClient klaviyo;

    AddProfilesToList(KlaviyoClient klaviyo) {
        this.klaviyo = klaviyo;
    }

    @Override
    public String name() {
        return "addProfilesToList";
    }

    @Override
    public Class<ListMembershipInput> inputType() {
        return ListMembershipInput.class;
    }

    @Override
    public ListMembershipResult handle(ListMembershipInput input) {
        klaviyo.addToList(input.listId(), input.profileIds());
        return new ListMembershipResult(true);
    }
}
