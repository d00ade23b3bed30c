package com.jkcloud.monitor.twofactor;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

/** One user's second factor; the document id is the user's id. Secrets are sealed by {@code CredentialCipher}. */
@MongoEntity(collection = "two_factor")
public class TwoFactorState {
    public ObjectId id;
    /** The secret of an enrolment not confirmed yet. */
    public String pendingSecret;
    /** The secret in use once confirmed. */
    public String secret;
    public boolean enabled;
    /** The newest time step whose code was accepted: no code of it or before it is accepted again. */
    public long lastUsedStep;
    /** SHA-256 of each recovery code not used yet. */
    public List<String> recoveryCodes;
    public Instant enabledAt;
}
