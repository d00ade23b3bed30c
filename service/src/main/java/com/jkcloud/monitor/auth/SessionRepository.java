package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class SessionRepository implements ReactivePanacheMongoRepository<Session> {

    /** A session's last-seen time is written at most this often, not on every request. */
    static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(1);

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("userId"));
        Indexes.ensure(mongoCollection(), ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    Uni<List<Session>> listByUser(ObjectId userId) {
        return find("userId", Sort.descending("lastSeenAt"), userId).list();
    }

    /** Moves last-seen to {@code now} if it is older than the granularity (one conditional update). */
    Uni<Void> touch(ObjectId sessionId, Instant now) {
        return mongoCollection().updateOne(and(eq("_id", sessionId), lt("lastSeenAt", now.minus(LAST_SEEN_GRANULARITY))),
                Updates.set("lastSeenAt", now)).replaceWithVoid();
    }

    Uni<Boolean> revoke(ObjectId userId, ObjectId sessionId) {
        return mongoCollection().deleteOne(and(eq("_id", sessionId), eq("userId", userId)))
                .map(result -> result.getDeletedCount() > 0);
    }

    Uni<Long> revokeAllBut(ObjectId userId, ObjectId keptSessionId) {
        return mongoCollection().deleteMany(and(eq("userId", userId), ne("_id", keptSessionId)))
                .map(result -> result.getDeletedCount());
    }

    Uni<Long> revokeAll(ObjectId userId) {
        return mongoCollection().deleteMany(eq("userId", userId)).map(result -> result.getDeletedCount());
    }
}
