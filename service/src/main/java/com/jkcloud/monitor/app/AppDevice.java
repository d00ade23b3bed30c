package com.jkcloud.monitor.app;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.time.Instant;

/** One installation of the mobile app, as it last registered. */
@MongoEntity(collection = "app_devices")
public class AppDevice {
    public ObjectId id;
    /** The app's own id for the installation. Unique. */
    public String deviceId;
    /** The user signed in on it, once any registration carried a valid token. */
    public ObjectId userId;
    /** From the {@code Platform} and {@code AppVersion} headers. */
    public String platform;
    public String appVersion;
    /** What the app reported, as it reported it (app, device, os, location). */
    public Document app;
    public Document device;
    public Document os;
    public Document location;
    public String publicIp;
    public Instant firstSeen;
    public Instant lastSeen;
    /** Logged out: kept for history and risk evidence, skipped by everything that reaches devices. */
    public boolean deleted;
    /** The push provider reported its registration id invalid: no push goes to it until it registers again. */
    public boolean pushInvalid;
    public Instant deletedAt;
}
