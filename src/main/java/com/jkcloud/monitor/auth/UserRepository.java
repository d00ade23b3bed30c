package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Instant;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class UserRepository implements ReactivePanacheMongoRepository<User> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("username"));
    }

    public Uni<User> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** Counts one more failed sign-in atomically and answers the user as it is after. */
    public Uni<User> recordFailedLogin(ObjectId userId) {
        return mongoCollection().findOneAndUpdate(eq("_id", userId), Updates.inc("failedLogins", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    public Uni<Void> lock(ObjectId userId, Instant until) {
        return mongoCollection().updateOne(eq("_id", userId),
                Updates.combine(Updates.set("lockedUntil", until), Updates.set("failedLogins", 0))).replaceWithVoid();
    }

    public Uni<Void> clearFailedLogins(ObjectId userId) {
        return mongoCollection().updateOne(eq("_id", userId),
                Updates.combine(Updates.set("failedLogins", 0), Updates.unset("lockedUntil"))).replaceWithVoid();
    }

    /**
     * Replaces the password hash only if the token version is still the one the caller saw, so two
     * concurrent changes can't both win; bumps the version, which revokes every earlier token.
     */
    public Uni<User> replacePassword(ObjectId userId, int expectedTokenVersion, String passwordHash, Instant now) {
        return mongoCollection().findOneAndUpdate(
                and(eq("_id", userId), eq("tokenVersion", expectedTokenVersion)),
                Updates.combine(Updates.set("passwordHash", passwordHash), Updates.inc("tokenVersion", 1),
                        Updates.set("failedLogins", 0), Updates.unset("lockedUntil"), Updates.set("updatedAt", now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }
}
