package com.jkcloud.monitor.monitor;

/** {@code GET /api/v1/alerts} entry. */
public record AlertView(String id, String accountId, String accountName, String deviceSn, String deviceName,
                        AlertType type, String message, long at, boolean emailed) {

    public static AlertView of(AlertEvent event) {
        return new AlertView(event.id.toHexString(), event.accountId.toHexString(), event.accountName, event.deviceSn,
                event.deviceName, event.type, event.message, event.at.toEpochMilli(), event.emailed);
    }
}
