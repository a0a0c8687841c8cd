package io.botactions.klaviyo.support;

/**
 * Klaviyo documents shaped as Klaviyo's OpenAPI description shows them, and the action output they map to.
 */
public final class Fixtures {

    public static final String PROFILE_ID = "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B";

    /** A profile resource as Klaviyo returns it, with members the product ignores. */
    public static final String KLAVIYO_PROFILE = """
            {
              "type": "profile",
              "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B",
              "attributes": {
                "email": "ada@example.com",
                "phone_number": "+15005550006",
                "external_id": null,
                "anonymous_id": null,
                "first_name": "Ada",
                "last_name": "Lovelace",
                "organization": "Analytical Engines",
                "locale": "en-GB",
                "title": "Countess",
                "image": null,
                "created": "2026-01-02T03:04:05+00:00",
                "updated": "2026-01-02T03:04:05+00:00",
                "last_event_date": null,
                "location": {
                  "address1": "12 St James's Square",
                  "address2": null,
                  "city": "London",
                  "country": "United Kingdom",
                  "latitude": null,
                  "longitude": null,
                  "region": null,
                  "zip": "SW1Y 4JH",
                  "timezone": "Europe/London",
                  "ip": null
                },
                "properties": {"plan": "pro"}
              },
              "links": {"self": "https://a.klaviyo.com/api/profiles/01HZX3K5QG0A7N3Y9Q2ZKQ7C1B/"}
            }
            """;

    /** The same profile as the actions return it. */
    public static final String PROFILE = """
            {
              "id": "01HZX3K5QG0A7N3Y9Q2ZKQ7C1B",
              "email": "ada@example.com",
              "phone": "+15005550006",
              "externalId": null,
              "firstName": "Ada",
              "lastName": "Lovelace",
              "organization": "Analytical Engines",
              "title": "Countess",
              "locale": "en-GB",
              "location": {
                "address1": "12 St James's Square",
                "city": "London",
                "country": "United Kingdom",
                "zip": "SW1Y 4JH"
              },
              "properties": {"plan": "pro"},
              "created": "2026-01-02T03:04:05+00:00",
              "updated": "2026-01-02T03:04:05+00:00"
            }
            """;

    public static final String PROFILE_DOCUMENT = "{\"data\": " + KLAVIYO_PROFILE + "}";

    private Fixtures() {
    }
}
