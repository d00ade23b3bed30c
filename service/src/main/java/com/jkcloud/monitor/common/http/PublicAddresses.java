package com.jkcloud.monitor.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The caller's public IP. Behind our own proxies (the Kubernetes ingress) it is the nearest
 * {@code X-Forwarded-For} entry that is not one of them: walking from the right, every hop we trust
 * is skipped and the first untrusted address is the client. Entries further left were written by the
 * client itself and could be forged to dodge the shared-IP rule, so they are never used. A request
 * that doesn't come from a trusted proxy is judged by its remote address alone.
 */
@ApplicationScoped
public class PublicAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trustedProxies;

    public PublicAddresses(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public String of(HttpServerRequest request) {
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return resolve(remote, request.headers().getAll(FORWARDED_FOR));
    }

    String resolve(String remoteAddress, List<String> forwardedForHeaders) {
        byte[] hop = TrustedProxies.IpAddresses.parse(remoteAddress);
        if (hop == null) {
            return remoteAddress;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    chain.add(entry.strip());
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0 && trustedProxies.contains(hop); i--) {
            byte[] forwarded = TrustedProxies.IpAddresses.parse(chain.get(i));
            if (forwarded == null) {
                break;
            }
            hop = forwarded;
        }
        return TrustedProxies.IpAddresses.format(hop);
    }
}
