package com.jkcloud.monitor.risk;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.List;

/** The devices that sent heartbeats from one public IP recently: one entry per device, pruned as time moves. */
@MongoEntity(collection = "risk_ip_windows")
public class IpWindow {
    @BsonId
    public String ip;
    public List<IpBeat> beats = new ArrayList<>();
}
