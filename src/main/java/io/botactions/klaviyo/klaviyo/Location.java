package io.botactions.klaviyo.klaviyo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A profile's postal location, as Klaviyo stores it. The attribute names are the same in Klaviyo's JSON:API
 * documents and in the actions' JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(String address1, String address2, String city, String country, String region, String zip) {
}
