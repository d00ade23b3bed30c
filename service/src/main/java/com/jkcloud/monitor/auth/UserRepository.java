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
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

/**
 * Users in the store. After registration every change is a field-level update of one document, so concurrent
 * changes of different fields (a profile edit, a password change, failed sign-ins) never undo each other.
 */
@ApplicationScoped
public class UserRepository implements ReactivePanacheMongoRepository<User> {

    private static final FindOneAndUpdateOptions RETURN_AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("username"));
    }

    public Uni<User> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /**
     * Takes one of the allowed sign-in attempts before the password is checked: counts it if the user is not
     * locked and has attempts left, and answers the user as it is after; null when no attempt is left.
     */
    public Uni<User> takeSignInAttempt(ObjectId userId, int maxAttempts, Instant now) {
        return mongoCollection().findOneAndUpdate(
                and(eq("_id", userId), lt("failedLogins", maxAttempts),
                        or(eq("lockedUntil", null), lte("lockedUntil", now))),
                Updates.inc("failedLogins", 1), RETURN_AFTER);
    }

    /**
     * Locks the user until {@code until} if no attempt is left and no lock holds yet; answers the user as it is
     * after, null when that wasn't so (already locked, or a success reset the count).
     */
    public Uni<User> lockIfOutOfAttempts(ObjectId userId, int maxAttempts, Instant now, Instant until) {
        return mongoCollection().findOneAndUpdate(
                and(eq("_id", userId), gte("failedLogins", maxAttempts),
                        or(eq("lockedUntil", null), lte("lockedUntil", now))),
                Updates.combine(Updates.set("lockedUntil", until), Updates.set("failedLogins", 0)), RETURN_AFTER);
    }

    public Uni<Void> clearFailedLogins(ObjectId userId) {
        return mongoCollection().updateOne(eq("_id", userId),
                Updates.combine(Updates.set("failedLogins", 0), Updates.unset("lockedUntil"))).replaceWithVoid();
    }

    /** Adds {@code ip} to the user's known IPs; true when it was not known yet (one atomic update). */
    public Uni<Boolean> rememberIp(ObjectId userId, String ip) {
        return mongoCollection().updateOne(and(eq("_id", userId), com.mongodb.client.model.Filters.ne("knownIps", ip)),
                Updates.addToSet("knownIps", ip)).map(result -> result.getModifiedCount() > 0);
    }

    /** Sets only the given fields (and {@code updatedAt}); answers the user as it is after, null if gone. */
    public Uni<User> setFields(ObjectId userId, List<Bson> fieldUpdates, Instant now) {
        List<Bson> changes = new ArrayList<>(fieldUpdates);
        changes.add(Updates.set("updatedAt", now));
        return mongoCollection().findOneAndUpdate(eq("_id", userId), Updates.combine(changes), RETURN_AFTER);
    }

    /**
     * Replaces the password hash only if the token version is still the one the caller saw, so two
     * concurrent changes can't both win; bumps the version, which revokes every earlier token.
     */
    public Uni<User> replacePassword(ObjectId userId, int expectedTokenVersion, String passwordHash, Instant now) {
        return mongoCollection().findOneAndUpdate(and(eq("_id", userId), eq("tokenVersion", expectedTokenVersion)),
                newPassword(passwordHash, now), RETURN_AFTER);
    }

    /** A password reset by a mailed code: proven by the code, so it wins over whatever changed meanwhile. */
    public Uni<User> resetPassword(ObjectId userId, String passwordHash, Instant now) {
        return mongoCollection().findOneAndUpdate(eq("_id", userId), newPassword(passwordHash, now), RETURN_AFTER);
    }

    /** A new password revokes earlier tokens and unlocks the account. */
    private static Bson newPassword(String passwordHash, Instant now) {
        return Updates.combine(Updates.set("passwordHash", passwordHash), Updates.inc("tokenVersion", 1),
                Updates.set("failedLogins", 0), Updates.unset("lockedUntil"), Updates.set("updatedAt", now));
    }
}
