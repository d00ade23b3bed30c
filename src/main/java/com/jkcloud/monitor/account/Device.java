package com.jkcloud.monitor.account;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** A box as last seen upstream, stored per account. */
@MongoEntity(collection = "devices")
public class Device {
    public ObjectId id;
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
}
