package com.jkcloud.monitor.importer;

import io.quarkus.mongodb.panache.common.MongoEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk import of OneThing accounts: its counters and claim. Its lines are {@link ImportLine}s; {@code pending} and
 * {@code results} are only where an older version kept them, moved to lines by {@link ImportLegacyLines}.
 */
@MongoEntity(collection = "account_imports")
public class AccountImport {

    public enum Status { RUNNING, DONE }

    public enum Outcome { BOUND, ALREADY_BOUND, UPSTREAM_AUTH_FAILED, UPSTREAM_ERROR, INVALID }

    @RegisterForReflection
    public static class PendingLine {
        public int line;
        public String username;
        public String sealedPassword;
        public String name;
        public String group;
    }

    @RegisterForReflection
    public static class LineResult {
        public int line;
        public String username;
        public Outcome status;
        public String message;
        public String accountId;
    }

    public ObjectId id;
    public ObjectId ownerId;
    public Status status;
    public int total;
    public int done;
    public int bound;
    public int failed;
    public int skipped;
    public List<LineResult> results = new ArrayList<>();
    public List<PendingLine> pending = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
    /** Which replica works on it, and until when: a lapsed claim is resumed by any replica. */
    public String leaseOwner;
    public Instant leaseUntil;
}
