package com.jkcloud.monitor.onething.client;

import java.util.Map;

/** An upstream body as text plus the cookies it set (only logins set any). */
public record RawReply(String body, Map<String, String> cookies) {

    public static RawReply of(String body) {
        return new RawReply(body, Map.of());
    }

    @Override
    public String toString() {
        return "RawReply[" + (body == null ? 0 : body.length()) + " chars]";
    }
}
