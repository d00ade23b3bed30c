package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.FailureKind;
import jakarta.ws.rs.WebApplicationException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

/** Turns what the REST client throws into an {@link UpstreamCallException} with a safe message. */
public final class TransportFailures {

    private TransportFailures() {
    }

    public static Throwable classify(Throwable failure, boolean viaProxy) {
        if (failure instanceof UpstreamCallException) {
            return failure;
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            return forStatus(web.getResponse().getStatus(), viaProxy);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return new UpstreamCallException(FailureKind.TIMEOUT, "upstream did not answer in time", viaProxy);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof ClosedChannelException || cause.getClass().getName().contains("Proxy")) {
                return viaProxy
                        ? new UpstreamCallException(FailureKind.UNAVAILABLE, "proxy unreachable", true)
                        : new UpstreamCallException.Transient(FailureKind.UNAVAILABLE, "upstream unreachable");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return viaProxy
                ? new UpstreamCallException(FailureKind.UNAVAILABLE, "connection through proxy failed", true)
                : new UpstreamCallException.Transient(FailureKind.UNAVAILABLE, "connection to upstream failed");
    }

    static UpstreamCallException forStatus(int status, boolean viaProxy) {
        String message = "upstream answered HTTP " + status;
        if (status == 403 || status == 429) {
            return new UpstreamCallException(FailureKind.BANNED, message, viaProxy);
        }
        if (status == 407) {
            return new UpstreamCallException(FailureKind.UNAVAILABLE, "proxy refused our credentials", true);
        }
        if (status >= 500) {
            return new UpstreamCallException.Transient(FailureKind.UPSTREAM_ERROR, message);
        }
        return new UpstreamCallException(FailureKind.UPSTREAM_ERROR, message, false);
    }
}
