package com.jkcloud.monitor.risk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An operator lists a device by hand; {@code expiresAt} (epoch ms) defaults to now + {@code monitor.risk.blacklist-ttl}. */
public record BlacklistRequest(
        @NotBlank @Size(max = 128) String deviceID,
        @Size(max = 500) String reason,
        @Positive Long expiresAt) {
}
