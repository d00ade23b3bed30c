package com.jkcloud.monitor.onething.session;

/** The cookies a login hands out. {@link #toString()} hides the session id. */
public record UpstreamSession(String sessionId, String userId) {

    @Override
    public String toString() {
        return "UpstreamSession[userId=" + userId + "]";
    }
}
