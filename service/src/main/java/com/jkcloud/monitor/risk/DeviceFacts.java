package com.jkcloud.monitor.risk;

/** What a device says about itself at registration; any field may be missing. */
public record DeviceFacts(
        String brand,
        String manufacturer,
        String model,
        String product,
        String fingerprint,
        String display,
        String osHost,
        Boolean root,
        Integer displayWidth,
        Integer displayHeight) {
}
