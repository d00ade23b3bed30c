package com.jkcloud.monitor.app;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A published app build. The highest versionCode per platform is the latest. */
@MongoEntity(collection = "app_releases")
public class AppRelease {
    public ObjectId id;
    public Platform platform;
    public String versionName;
    public int versionCode;
    public String url;
    public String notes;
    /** Builds below this must update. */
    public int minSupportedCode;
    /** Builds that must update straight to this one (e.g. a known-broken release). */
    public List<Integer> forceFromCodes = new ArrayList<>();
    public Instant publishedAt;
    public ObjectId publishedBy;

    public boolean forces(int callerVersionCode) {
        return callerVersionCode < versionCode
                && (callerVersionCode < minSupportedCode || (forceFromCodes != null && forceFromCodes.contains(callerVersionCode)));
    }
}
