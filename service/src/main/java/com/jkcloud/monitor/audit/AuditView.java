package com.jkcloud.monitor.audit;

import java.util.Map;

public record AuditView(long at, String userId, AuditAction action, String ip, String userAgent,
                        Map<String, String> details) {

    static AuditView of(AuditEntry entry) {
        return new AuditView(entry.at.toEpochMilli(), entry.userId == null ? null : entry.userId.toHexString(),
                entry.action, entry.ip, entry.userAgent, entry.details == null ? Map.of() : entry.details);
    }
}
