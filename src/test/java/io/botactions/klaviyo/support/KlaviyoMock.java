package io.botactions.klaviyo.support;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * What a test sees of the Klaviyo stand-in: stubbing, verification, and the contract violations of the requests
 * it received.
 */
public record KlaviyoMock(WireMockServer server, KlaviyoContract contract) {

    public void reset() {
        server.resetAll();
        contract.reset();
    }

    public void stubFor(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    public void verify(int count, RequestPatternBuilder pattern) {
        server.verify(count, pattern);
    }

    public void verify(RequestPatternBuilder pattern) {
        server.verify(pattern);
    }

    public void verifyNothingReceived() {
        server.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
    }
}
