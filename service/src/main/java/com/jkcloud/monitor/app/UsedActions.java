package com.jkcloud.monitor.app;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.List;

/** The action uids one user has used: one small document per user, read by id with every page. */
@MongoEntity(collection = "app_used_actions")
public class UsedActions {
    @BsonId
    public ObjectId userId;
    public List<String> actionUids = new ArrayList<>();
}
