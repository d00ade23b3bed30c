package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

import java.util.Set;

/**
 * A filter and order of a user's devices, as the store answers it. {@code accountIds} null = every account of the owner;
 * {@code textAccountIds}: accounts whose name or login matched {@code text} (their devices match too).
 */
public record DeviceQuery(ObjectId ownerId, DeviceStatus status, Set<ObjectId> accountIds, String text,
                          Set<ObjectId> textAccountIds, SortField sort, boolean descending) {

    /** The device fields a fleet page can be sorted by; each has an index (owner, field, SN). */
    public enum SortField {
        deviceSn, deviceName, status, ip, lanIp, hardwareModel, systemVersion, updatedAt, connectTime,
        disconnectTime, bindTime, usbUsedBytes, usbCapacityBytes
    }
}
