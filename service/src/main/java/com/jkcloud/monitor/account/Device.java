package com.jkcloud.monitor.account;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** A box as last seen upstream, stored per account. */
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

    public static String key(ObjectId accountId, String deviceId) {
        return accountId.toHexString() + ':' + deviceId;
    }
}
