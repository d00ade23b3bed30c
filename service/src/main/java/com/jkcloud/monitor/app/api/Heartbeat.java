package com.jkcloud.monitor.app.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record Heartbeat(@NotBlank @Size(max = 128) @Pattern(regexp = DeviceRegistration.DEVICE_ID) String deviceID) {
}
