package com.jkcloud.monitor.onething.proxy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** One HTTP proxy of the pool. {@link #toString()} leaves out the credentials so it is safe in logs. */
public record UpstreamProxy(String host, int port, String username, String password) {

    /** {@code host:port} or {@code http://user:pass@host:port}; blank lines and {@code #} comments give null. */
    public static UpstreamProxy parse(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        URI uri = URI.create(text.contains("://") ? text : "http://" + text);
        if (uri.getHost() == null || uri.getPort() <= 0) {
            throw new IllegalArgumentException("A proxy must be host:port or http://user:pass@host:port, got " + address(uri));
        }
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new UpstreamProxy(uri.getHost(), uri.getPort(), username, password);
    }

    public String address() {
        return host + ":" + port;
    }

    public boolean authenticated() {
        return username != null;
    }

    @Override
    public String toString() {
        return "proxy " + address();
    }

    private static String address(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
