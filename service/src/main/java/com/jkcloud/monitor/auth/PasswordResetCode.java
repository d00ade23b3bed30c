package com.jkcloud.monitor.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** The one live reset code of a user (a new request replaces it). Only a hash of the code is kept. */
@MongoEntity(collection = "password_reset_codes")
public class PasswordResetCode {
    public ObjectId id;
    public ObjectId userId;
    public String codeHash;
    public int attemptsLeft;
    public Instant expiresAt;
    public Instant createdAt;
}
