package com.jkcloud.monitor.account.group;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** A user's named set of OneThing accounts; an account names its group in {@code OneThingAccount.groupId}. */
@MongoEntity(collection = "account_groups")
public class AccountGroup {
    public ObjectId id;
    public ObjectId ownerId;
    public String name;
    /** The name lower-cased: unique per owner, so "Home" and "home" can't both exist. */
    public String nameKey;
    public Instant createdAt;
}
