package com.jkcloud.monitor.audit;

/** Where a request came from: the caller's public IP and its User-Agent (either may be null). */
public record AuditOrigin(String ip, String userAgent) {

    public static final AuditOrigin UNKNOWN = new AuditOrigin(null, null);
}
