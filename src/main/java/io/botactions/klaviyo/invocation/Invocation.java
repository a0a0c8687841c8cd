package io.botactions.klaviyo.invocation;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import com.amazonaws.services.lambda.runtime.Context;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * What the function knows about the invocation it is serving: when it started, the time Lambda allows it, its
 * request id, and how many Klaviyo calls and retries it made.
 */
@RequestScoped
public class Invocation {

    private final Instant started = Instant.now();
    private final Optional<FixedContext> lambda;
    private final AtomicInteger klaviyoCalls = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile String klaviyoKey;
    private volatile String action;
    private final Set<String> profileIds = ConcurrentHashMap.newKeySet();

    Invocation(Instance<Context> lambda) {
        this.lambda = lambdaContext(lambda);
    }

    /**
     * The invocation of the current request, if a request is being served.
     */
    public static Optional<Invocation> current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(container.instance(Invocation.class).get());
    }

    public Instant started() {
        return started;
    }

    /**
     * When Lambda ends this invocation, if it runs on Lambda.
     */
    public Optional<Instant> deadline() {
        return lambda.map(FixedContext::remainingMillis)
                .filter(remaining -> remaining > 0)
                .map(started::plusMillis);
    }

    /**
     * Lambda's request id, for support.
     */
    public Optional<String> requestId() {
        return lambda.map(FixedContext::requestId).filter(id -> id != null && !id.isBlank());
    }

    /**
     * Lambda's context of this invocation. Outside Lambda (dev mode's HTTP server) there is none, and Quarkus'
     * producer fails rather than return null.
     */
    private static Optional<FixedContext> lambdaContext(Instance<Context> lambda) {
        try {
            Context context = lambda.get();
            return Optional.of(new FixedContext(context.getAwsRequestId(), context.getRemainingTimeInMillis()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes this invocation call Klaviyo with a key of its own, such as the one a Botpress bot configured, instead
     * of the deployment's.
     */
    public void useKlaviyoKey(String key) {
        this.klaviyoKey = key;
    }

    public Optional<String> klaviyoKey() {
        return Optional.ofNullable(klaviyoKey);
    }

    /** Names what this invocation does, for its log line: the action, or the Botpress operation. */
    public void action(String name) {
        this.action = name;
    }

    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** Records a Klaviyo profile this invocation touched; its log line lists them. */
    public void involvedProfile(String profileId) {
        if (profileId != null) {
            profileIds.add(profileId);
        }
    }

    public Set<String> profileIds() {
        return new TreeSet<>(profileIds);
    }

    public void klaviyoCalled() {
        klaviyoCalls.incrementAndGet();
    }

    public void klaviyoRetried() {
        retries.incrementAndGet();
    }

    public int klaviyoCalls() {
        return klaviyoCalls.get();
    }

    public int klaviyoRetries() {
        return retries.get();
    }

    /** The two facts read from Lambda's context when the invocation starts. */
    private record FixedContext(String requestId, long remainingMillis) {
    }
}
