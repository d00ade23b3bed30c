package com.jkcloud.monitor.auth.api;

import com.jkcloud.monitor.auth.NotificationSettings;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** {@code PATCH /api/v1/me}: only the fields present change. */
public record ProfileChange(
        @Email @Size(max = 254) String email,
        @Valid NotificationsChange notifications) {

    public record NotificationsChange(
            @Email @Size(max = 254) String email,
            Boolean enabled,
            Set<NotificationSettings.EventType> events,
            @Valid QuietHoursChange quietHours,
            Boolean dailyReport,
            Boolean appPush,
            @Pattern(regexp = "zh|en") String language,
            ReportsChange reports,
            // A JSON node tells an explicit null (reminders off, NullNode) from an absent field (unchanged, null);
            // the service checks it is a whole number of minutes, 30–1440.
            @Schema(implementation = Integer.class, nullable = true, minimum = "30", maximum = "1440")
            JsonNode repeatEveryMinutes) {
    }

    /** Periodic reports; only the kinds present change. */
    public record ReportsChange(Boolean daily, Boolean weekly, Boolean monthly) {
    }

    /** Both ends "HH:mm"; send {@code quietHours: {"start": null, "end": null}} or empty strings to turn them off. */
    public record QuietHoursChange(
            @Pattern(regexp = "^$|([01]\\d|2[0-3]):[0-5]\\d") String start,
            @Pattern(regexp = "^$|([01]\\d|2[0-3]):[0-5]\\d") String end,
            @Size(max = 64) String timeZone) {
    }
}
