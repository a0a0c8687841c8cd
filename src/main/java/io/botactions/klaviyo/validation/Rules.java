package io.botactions.klaviyo.validation;

/**
 * The patterns the actions' inputs share.
 */
public final class Rules {

    /** E.164: a plus sign and up to 15 digits, the first not zero. */
    public static final String E164 = "^\\+[1-9][0-9]{1,14}$";
    public static final String E164_MESSAGE = "must be an E.164 phone number such as +15005550006";

    /** A language and a region, as Klaviyo expects locales. */
    public static final String LOCALE = "^[a-z]{2}-[A-Z]{2}$";
    public static final String LOCALE_MESSAGE = "must be a language and region such as en-US or fr-FR";

    /** Klaviyo ids: letters and digits only, so an id can never alter the URL it is placed in. */
    public static final String KLAVIYO_ID = "^[A-Za-z0-9]{1,64}$";
    public static final String KLAVIYO_ID_MESSAGE = "must be 1 to 64 letters or digits";

    /** An address with a local part, an at sign and a dotted domain. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String EMAIL_MESSAGE = "must be an email address such as ada@example.com";

    private Rules() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
