package com.jkcloud.monitor.common.security;

import com.jkcloud.monitor.common.http.TrustedProxies;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Arrays;
import java.util.Locale;

/**
 * Behind an HTTPS ingress the dashboard's own requests carry {@code Origin: https://host} while this server sees
 * plain HTTP, so the CORS filter would take them for cross-origin and refuse them. When a trusted proxy says the
 * request arrived as that very origin ({@code Forwarded} or {@code X-Forwarded-Proto}/{@code -Host}), the request
 * is same-origin: its {@code Origin} is dropped before CORS runs. Anyone else's forwarded headers change nothing.
 */
@ApplicationScoped
public class ForwardedSameOrigin {

    /** After HttpRoutes' request tagging, well before Quarkus' CORS filter. */
    private static final int ORDER = Integer.MIN_VALUE + 6;

    private final TrustedProxies trustedProxies;

    public ForwardedSameOrigin(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::dropSameOrigin);
    }

    private void dropSameOrigin(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && fromTrustedProxy(request.remoteAddress())) {
            String forwarded = forwardedOrigin(request);
            if (forwarded != null && normalize(origin).equals(forwarded)) {
                request.headers().remove(HttpHeaders.ORIGIN);
            }
        }
        context.next();
    }

    private boolean fromTrustedProxy(SocketAddress peer) {
        byte[] address = peer == null || peer.hostAddress() == null ? null
                : NetUtil.createByteArrayFromIpAddressString(peer.hostAddress());
        if (address != null && address.length == 16 && isIpv4Mapped(address)) {
            address = Arrays.copyOfRange(address, 12, 16);
        }
        return address != null && trustedProxies.contains(address);
    }

    /** {@code scheme://host[:port]} the client used, per the nearest proxy; null when no proxy header says so. */
    static String forwardedOrigin(HttpServerRequest request) {
        String proto = null;
        String host = null;
        String forwarded = request.getHeader("Forwarded");
        if (forwarded != null) {
            // The last element is the one our (trusted) proxy added.
            String[] elements = forwarded.split(",");
            for (String pair : elements[elements.length - 1].split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    String name = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                    String value = unquote(pair.substring(equals + 1).strip());
                    if (name.equals("proto")) {
                        proto = value;
                    } else if (name.equals("host")) {
                        host = value;
                    }
                }
            }
        } else {
            proto = last(request.getHeader("X-Forwarded-Proto"));
            host = last(request.getHeader("X-Forwarded-Host"));
        }
        if (proto == null && host == null) {
            return null;
        }
        if (host == null) {
            host = request.getHeader(HttpHeaders.HOST);
        }
        if (proto == null) {
            proto = request.scheme();
        }
        return host == null || proto == null ? null : normalize(proto + "://" + host);
    }

    /** Lower case, without the scheme's default port (browsers leave it out of {@code Origin}). */
    static String normalize(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") && lower.endsWith(":443")) {
            return lower.substring(0, lower.length() - 4);
        }
        if (lower.startsWith("http://") && lower.endsWith(":80")) {
            return lower.substring(0, lower.length() - 3);
        }
        return lower;
    }

    private static String last(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        String[] values = commaSeparated.split(",");
        return values[values.length - 1].strip();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }
}
