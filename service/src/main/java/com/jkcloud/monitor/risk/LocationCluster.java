package com.jkcloud.monitor.risk;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.List;

/** The devices whose last reported location rounds to one ~10 m spot. */
@MongoEntity(collection = "risk_location_clusters")
public class LocationCluster {
    /** Latitude and longitude rounded to 4 decimals, e.g. {@code "39.9042,116.4074"}. */
    @BsonId
    public String spot;
    public List<String> deviceIds = new ArrayList<>();
}
