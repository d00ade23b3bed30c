package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.FailureKind;
import com.jkcloud.monitor.onething.OneThingResult;
import com.jkcloud.monitor.onething.UpstreamCallMetrics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/**
 * One HTTP exchange with a host: through its guard (and the transient retry unless told otherwise), parsed,
 * counted, the proxy credited or blamed, and every failure turned into a typed result.
 */
@ApplicationScoped
public class UpstreamExchange {

    private static final Logger LOG = Logger.getLogger(UpstreamExchange.class);

    private final UpstreamHostGuards guards;
    private final TransientRetry retry;
    private final UpstreamRoutes routes;
    private final UpstreamCallMetrics metrics;

    public UpstreamExchange(UpstreamHostGuards guards, TransientRetry retry, UpstreamRoutes routes, UpstreamCallMetrics metrics) {
        this.guards = guards;
        this.retry = retry;
        this.routes = routes;
        this.metrics = metrics;
    }

    /** The parsed answer whatever its iRet/rtn; a failure when there is no readable answer at all. */
    public Uni<OneThingResult<UpstreamReply>> send(UpstreamHost host, String call, UpstreamRoute route,
            boolean retryTransient, Supplier<Uni<RawReply>> request) {
        Supplier<Uni<RawReply>> guarded = () -> guards.call(host, route.viaProxy(), request);
        Uni<RawReply> sent = retryTransient ? retry.call(guarded) : guarded.get();
        return sent.onItemOrFailure().transform((raw, failure) -> {
            OneThingResult<UpstreamReply> result = failure != null ? failed(host, call, route, failure) : parsed(host, call, route, raw);
            metrics.record(host, call, outcome(result));
            return result;
        });
    }

    private OneThingResult<UpstreamReply> parsed(UpstreamHost host, String call, UpstreamRoute route, RawReply raw) {
        routes.succeeded(route);
        try {
            return OneThingResult.ok(new UpstreamReply(UpstreamAnswers.parse(host, raw.body()), raw.cookies()));
        } catch (UpstreamAnswers.MalformedAnswerException malformed) {
            LOG.debugf("Unreadable %s answer to %s: %s", host.tag(), call, malformed.getMessage());
            return OneThingResult.failed(FailureKind.UPSTREAM_ERROR, "unreadable upstream answer: " + malformed.getMessage());
        }
    }

    private OneThingResult<UpstreamReply> failed(UpstreamHost host, String call, UpstreamRoute route, Throwable failure) {
        UpstreamCallException classified = classify(failure, route.viaProxy());
        if (classified.blamesRoute()) {
            routes.failed(route);
        }
        LOG.debugf("%s call %s failed: %s", host.tag(), call, classified.getMessage());
        return OneThingResult.failed(classified.kind(), classified.getMessage());
    }

    private static UpstreamCallException classify(Throwable failure, boolean viaProxy) {
        if (failure instanceof UpstreamCallException classified) {
            return classified;
        }
        if (failure instanceof TimeoutException) {
            return new UpstreamCallException(FailureKind.TIMEOUT, "upstream did not answer in time", viaProxy);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new UpstreamCallException(FailureKind.UNAVAILABLE, "upstream is failing; calls paused for a while", false);
        }
        if (failure instanceof BulkheadException) {
            return new UpstreamCallException(FailureKind.UNAVAILABLE, "too many calls waiting for upstream", false);
        }
        Throwable transport = TransportFailures.classify(failure, viaProxy);
        return transport instanceof UpstreamCallException classified ? classified
                : new UpstreamCallException(FailureKind.UPSTREAM_ERROR, "upstream call failed", false);
    }

    private static String outcome(OneThingResult<UpstreamReply> result) {
        if (result instanceof OneThingResult.Ok<UpstreamReply> ok) {
            return ok.value().answer().ok() ? "ok" : UpstreamCallMetrics.REJECTED;
        }
        return UpstreamCallMetrics.outcomeOf(((OneThingResult.Failed<UpstreamReply>) result).kind());
    }
}
