package com.jkcloud.monitor.risk.api;

import com.jkcloud.monitor.risk.BlacklistEntry;

import java.util.Map;

public record BlacklistView(String deviceID, String rule, String reason, Map<String, Object> evidence,
                            long createdAt, long expiresAt) {

    public static BlacklistView of(BlacklistEntry entry) {
        return new BlacklistView(entry.deviceId, entry.rule == null ? null : entry.rule.name(), entry.reason,
                entry.evidence == null ? Map.of() : entry.evidence,
                entry.createdAt.toEpochMilli(), entry.expiresAt.toEpochMilli());
    }
}
