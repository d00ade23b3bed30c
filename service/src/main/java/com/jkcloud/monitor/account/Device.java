package com.jkcloud.monitor.account;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Objects;

/** A box as last seen upstream, stored per account; {@code updatedAt} is when a poll last saw it change. */
@MongoEntity(collection = "devices")
public class Device {
    /**
     * {@code <accountId>:<deviceId>}: a poll finds and writes an account's devices by this key alone, which
     * even a store that scans for every other query answers from its index.
     */
    public String id;
    public ObjectId accountId;
    public ObjectId ownerId;
    public String deviceId;
    public String deviceSn;
    public String deviceName;
    public String peerId;
    public DeviceStatus status;
    public String exceptionMessage;
    public String ip;
    public String lanIp;
    public String systemVersion;
    public String hardwareModel;
    public Instant bindTime;
    public Instant connectTime;
    public Instant disconnectTime;
    public long usbCapacityBytes;
    public long usbUsedBytes;
    public Instant updatedAt;

    /** Whether both records say the same about the box (everything but {@code updatedAt}). */
    public boolean sameDataAs(Device other) {
        return Objects.equals(accountId, other.accountId) && Objects.equals(ownerId, other.ownerId)
                && Objects.equals(deviceId, other.deviceId) && Objects.equals(deviceSn, other.deviceSn)
                && Objects.equals(deviceName, other.deviceName) && Objects.equals(peerId, other.peerId)
                && status == other.status && Objects.equals(exceptionMessage, other.exceptionMessage)
                && Objects.equals(ip, other.ip) && Objects.equals(lanIp, other.lanIp)
                && Objects.equals(systemVersion, other.systemVersion) && Objects.equals(hardwareModel, other.hardwareModel)
                && Objects.equals(bindTime, other.bindTime) && Objects.equals(connectTime, other.connectTime)
                && Objects.equals(disconnectTime, other.disconnectTime)
                && usbCapacityBytes == other.usbCapacityBytes && usbUsedBytes == other.usbUsedBytes;
    }

    public static String key(ObjectId accountId, String deviceId) {
        return accountId.toHexString() + ':' + deviceId;
    }
}
