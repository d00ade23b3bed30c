package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.DeviceStatus;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** What the owners of one box have been told, and a bad state awaiting confirmation; keyed like the device. */
@MongoEntity(collection = "device_alert_states")
public class DeviceAlertState {
    /** The device's key ({@code Device.id}). */
    public String id;
    public ObjectId accountId;
    /** The status owners were last told about (or accepted silently when the device first appeared). */
    public DeviceStatus alertedStatus;
    /** A bad status seen but not yet confirmed by a re-poll. */
    public DeviceStatus pendingStatus;
    public Instant pendingSince;
}
