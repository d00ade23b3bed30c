package com.jkcloud.monitor.onething;

import java.time.Instant;

/** One box as the control host's {@code listPeer} describes it (times converted from unix seconds). */
public record UpstreamDevice(
        String deviceId,
        String deviceSn,
        String deviceName,
        String peerId,
        /** "online" or "offline", as upstream says. */
        String status,
        String exceptionName,
        String exceptionMessage,
        String ip,
        String lanIp,
        String systemVersion,
        String hardwareModel,
        Instant bindTime,
        Instant connectTime,
        Instant disconnectTime) {

    /** A device is in exception when upstream names one, whatever its online status. */
    public boolean inException() {
        return (exceptionName != null && !exceptionName.isBlank())
                || (exceptionMessage != null && !exceptionMessage.isBlank());
    }
}
