package io.botactions.klaviyo.klaviyo;

/**
 * A profile attribute the bot may clear, with the name Klaviyo gives it.
 */
public enum ProfileField {

    EMAIL("email"),
    PHONE("phone_number"),
    EXTERNAL_ID("external_id"),
    FIRST_NAME("first_name"),
    LAST_NAME("last_name"),
    ORGANIZATION("organization"),
    TITLE("title"),
    LOCALE("locale"),
    LOCATION("location"),
    PROPERTIES("properties");

    private final String attribute;

    ProfileField(String attribute) {
        this.attribute = attribute;
    }

    /** Klaviyo's attribute name, such as {@code phone_number}. */
    public String attribute() {
        return attribute;
    }
}
