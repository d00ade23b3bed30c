package com.jkcloud.monitor.app.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code DELETE /api/v1/devices} on logout. Without {@code deviceID} every device of the signed-in
 * user is marked deleted; with it, only that one.
 */
public record DeviceLogout(
        @Size(max = 1000) String message,
        @Size(max = 4096) String token,
        @Size(max = 128) @Pattern(regexp = DeviceRegistration.DEVICE_ID) String deviceID) {
}
