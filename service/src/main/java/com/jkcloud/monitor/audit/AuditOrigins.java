package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.common.http.PublicAddresses;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The origin of a request, its IP judged as everywhere else ({@code monitor.trusted-proxies}). */
@ApplicationScoped
public class AuditOrigins {

    private static final int MAX_USER_AGENT = 256;

    private final PublicAddresses addresses;

    public AuditOrigins(PublicAddresses addresses) {
        this.addresses = addresses;
    }

    public AuditOrigin of(HttpServerRequest request) {
        if (request == null) {
            return AuditOrigin.UNKNOWN;
        }
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        return new AuditOrigin(addresses.of(request), userAgent);
    }
}
