package com.jkcloud.monitor.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** A person using JK Cloud Monitor. Signs in with a mobile number or an e-mail address. */
@MongoEntity(collection = "users")
public class User {
    public ObjectId id;
    /** Normalised: a mainland mobile number, or a lower-cased e-mail address. Unique. */
    public String username;
    public UsernameKind usernameKind;
    public String passwordHash;
    /** Where mail goes; the username for e-mail users until changed. */
    public String email;
    public NotificationSettings notifications = new NotificationSettings();
    /** Bumped on every password change; tokens carrying an older version stop working. */
    public int tokenVersion;
    public int failedLogins;
    public Instant lockedUntil;
    /** The IPs this user has signed in from; a sign-in from any other sends a SECURITY notice. */
    public java.util.List<String> knownIps;
    public Instant createdAt;
    public Instant updatedAt;
}
