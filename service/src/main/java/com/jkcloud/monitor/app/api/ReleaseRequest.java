package com.jkcloud.monitor.app.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/admin/releases}. */
public record ReleaseRequest(
        @NotBlank String platform,
        @NotBlank @Size(max = 64) String versionName,
        @NotNull @Positive Integer versionCode,
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+") String url,
        @Size(max = 5000) String notes,
        @NotNull @PositiveOrZero Integer minSupportedCode,
        @Size(max = 1000) List<@NotNull @Positive Integer> forceFromCodes) {
}
