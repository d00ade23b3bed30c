package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.FailureKind;

/**
 * A transport-level failure already classified. The message is safe to log and show: it never carries
 * URLs, cookies or bodies. {@code blamesRoute} marks failures that say the proxy in use is bad.
 */
public class UpstreamCallException extends RuntimeException {

    private final FailureKind kind;
    private final boolean blamesRoute;

    public UpstreamCallException(FailureKind kind, String safeMessage, boolean blamesRoute) {
        super(safeMessage, null, false, false);
        this.kind = kind;
        this.blamesRoute = blamesRoute;
    }

    public FailureKind kind() {
        return kind;
    }

    public boolean blamesRoute() {
        return blamesRoute;
    }

    /** 5xx and connection failures straight to upstream: worth a retry with backoff, and count against the host. */
    public static final class Transient extends UpstreamCallException {
        public Transient(FailureKind kind, String safeMessage) {
            super(kind, safeMessage, false);
        }
    }
}
