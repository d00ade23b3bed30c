package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.i18n.Language;

/**
 * {@code GET /api/v1/alerts} entry. {@code suppressed}: a silence held it; {@code downtimeMs} on RECOVERED only;
 * {@code reminder}: a repeat of an earlier unresolved alert.
 */
public record AlertView(String id, String accountId, String accountName, String deviceSn, String deviceName,
                        AlertType type, String message, long at, boolean emailed, boolean suppressed, Long downtimeMs,
                        boolean reminder) {

    public static AlertView of(AlertEvent event, Language language) {
        return new AlertView(event.id.toHexString(), event.accountId.toHexString(), event.accountName, event.deviceSn,
                event.deviceName, event.type, Downtime.messageOf(event, language), event.at.toEpochMilli(), event.emailed,
                event.suppressed, event.type == AlertType.RECOVERED ? event.downtimeMs : null, event.reminder);
    }
}
