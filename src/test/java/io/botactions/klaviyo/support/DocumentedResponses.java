package io.botactions.klaviyo.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every response an {@code /actions} route gives the tests against the application's own OpenAPI document,
 * so the document cannot drift from what the routes answer. Requests are not checked: many tests send wrong input
 * on purpose.
 */
public final class DocumentedResponses implements Filter {

    /** One validator per document URL: each Quarkus application a test class starts serves on a port of its own. */
    private static final Map<String, OpenApiValidationFilter> VALIDATIONS = new ConcurrentHashMap<>();

    private final String documentUrl;

    public DocumentedResponses(String documentUrl) {
        this.documentUrl = documentUrl;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!request.getURI().contains("/actions/")) {
            return context.next(request, response);
        }
        return validation().filter(request, response, context);
    }

    private OpenApiValidationFilter validation() {
        return VALIDATIONS.computeIfAbsent(documentUrl, url -> new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(url)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build()));
    }
}
