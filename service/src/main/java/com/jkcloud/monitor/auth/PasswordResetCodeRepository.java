package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class PasswordResetCodeRepository implements ReactivePanacheMongoRepository<PasswordResetCode> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("userId"));
    }

    /** Stores the user's new code, replacing any earlier one. */
    public Uni<Void> replaceFor(PasswordResetCode code) {
        return mongoCollection().findOneAndReplace(eq("userId", code.userId), code,
                new FindOneAndReplaceOptions().upsert(true)).replaceWithVoid();
    }

    /** The same kind of store write as {@link #replaceFor} that changes nothing (for unknown users: same timing). */
    public Uni<Void> replaceNothing(ObjectId nobody) {
        PasswordResetCode nothing = new PasswordResetCode();
        nothing.userId = nobody;
        return mongoCollection().findOneAndReplace(eq("userId", nobody), nothing).replaceWithVoid();
    }

    public Uni<PasswordResetCode> findByUser(ObjectId userId) {
        return find("userId", userId).firstResult();
    }

    /** Consumes the code if it still matches: of two concurrent confirmations only one gets it. */
    public Uni<Boolean> consume(ObjectId codeId, String codeHash) {
        return mongoCollection().findOneAndDelete(and(eq("_id", codeId), eq("codeHash", codeHash)))
                .map(deleted -> deleted != null);
    }

    /** Spends one guess of the code. */
    public Uni<Void> spendAttempt(ObjectId codeId) {
        return mongoCollection().updateOne(and(eq("_id", codeId), gt("attemptsLeft", 0)), Updates.inc("attemptsLeft", -1))
                .replaceWithVoid();
    }
}
