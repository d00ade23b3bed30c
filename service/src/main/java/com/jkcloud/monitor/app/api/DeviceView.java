package com.jkcloud.monitor.app.api;

import com.jkcloud.monitor.app.AppDevice;

public record DeviceView(String deviceID, String platform, String appVersion, String publicIp,
                         long firstSeen, long lastSeen) {

    public static DeviceView of(AppDevice device) {
        return new DeviceView(device.deviceId, device.platform, device.appVersion, device.publicIp,
                device.firstSeen.toEpochMilli(), device.lastSeen.toEpochMilli());
    }
}
