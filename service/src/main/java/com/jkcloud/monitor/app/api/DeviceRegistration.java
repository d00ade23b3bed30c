package com.jkcloud.monitor.app.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/devices}. The app sends numbers and booleans as strings ({@code "1920"},
 * {@code "false"}); Jackson's scalar coercion turns them into the types below, anything else is a 400.
 */
public record DeviceRegistration(
        @Size(max = 1000) String message,
        @Size(max = 4096) String token,
        @NotNull @Valid Report data) {

    public record Report(
            @NotBlank @Size(max = 128) @Pattern(regexp = DEVICE_ID) String deviceID,
            @Valid App app,
            @Valid Device device,
            @Valid Os os,
            @Valid Location location) {
    }

    public record App(
            Boolean debug,
            @PositiveOrZero Integer versionCode,
            @Size(max = 64) String versionName) {
    }

    public record Device(
            @Size(max = 100) String brand,
            @Size(max = 200) String display,
            @PositiveOrZero @Max(100_000) Integer displayHeight,
            @PositiveOrZero @Max(100_000) Integer displayWidth,
            @Size(max = 500) String fingerprint,
            @Size(max = 100) String manufacturer,
            @Size(max = 100) String model,
            @Size(max = 100) String product) {
    }

    public record Os(
            @Size(max = 200) String host,
            Boolean root,
            @Size(max = 64) String version) {
    }

    public record Location(
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Size(max = 500) String address) {
    }

    /** Printable ids only: they end up in logs, paths and admin screens. */
    public static final String DEVICE_ID = "[A-Za-z0-9._:\\-]+";
}
