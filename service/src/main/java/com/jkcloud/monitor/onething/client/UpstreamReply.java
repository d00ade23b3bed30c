package com.jkcloud.monitor.onething.client;

import java.util.Map;

/** A readable answer and the cookies that came with it. */
public record UpstreamReply(UpstreamAnswer answer, Map<String, String> cookies) {

    @Override
    public String toString() {
        return "UpstreamReply[status=" + answer.status() + "]";
    }
}
