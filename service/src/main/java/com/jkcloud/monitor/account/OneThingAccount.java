package com.jkcloud.monitor.account;

import com.jkcloud.monitor.onething.LoginType;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A OneThing account bound by a user. The pwd that re-login needs is stored encrypted only. */
@MongoEntity(collection = "accounts")
public class OneThingAccount {
    public ObjectId id;
    public ObjectId ownerId;
    /** The OneThing login (phone or lower-cased e-mail). Unique: an account can be bound once. */
    public String username;
    public String name;
    /** The owner's group this account belongs to; null = no group. */
    public ObjectId groupId;
    public LoginType loginType;
    /** AES-GCM ciphertext of the derived OneThing pwd, bound to this account's username. */
    public String encryptedPwd;
    public AccountStatus status = AccountStatus.OK;
    public String statusMessage;
    public IncomeSummary income = new IncomeSummary();
    /** Upstream ids of the account's devices at the last refresh: their stored records are found by key. */
    public List<String> deviceIds = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
    /** The last refresh (a poll or the bind's own); when the next comes is the monitor's schedule ({@link PollTimes}). */
    public Instant lastPolledAt;
}
