package io.botactions.klaviyo.profile;

import jakarta.validation.constraints.Size;

import io.botactions.klaviyo.klaviyo.Location;

/**
 * A postal location given by the bot.
 */
public record LocationInput(
        @Size(max = 255) String address1,
        @Size(max = 255) String address2,
        @Size(max = 255) String city,
        @Size(max = 255) String country,
        @Size(max = 255) String region,
        @Size(max = 64) String zip) {

    Location toLocation() {
        return new Location(address1, address2, city, country, region, zip);
    }
}
