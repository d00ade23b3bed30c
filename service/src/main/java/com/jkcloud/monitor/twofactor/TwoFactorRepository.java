package com.jkcloud.monitor.twofactor;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

/** Every change is one conditional update, so parallel requests can't both use one code. */
@ApplicationScoped
public class TwoFactorRepository implements ReactivePanacheMongoRepository<TwoFactorState> {

    private static final FindOneAndUpdateOptions RETURN_AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    /** Starts (or restarts) an enrolment unless 2FA is on; false when it is on. */
    Uni<Boolean> startEnrolment(ObjectId userId, String sealedSecret) {
        return mongoCollection().updateOne(and(eq("_id", userId), ne("enabled", true)),
                        Updates.set("pendingSecret", sealedSecret), new UpdateOptions().upsert(true))
                .map(result -> true)
                // the upsert collides with the existing enabled document
                .onFailure(com.jkcloud.monitor.common.store.DuplicateKeys::isDuplicateKey).recoverWithItem(false);
    }

    /** Turns on the enrolment that holds exactly {@code sealedSecret}; null if it is gone or replaced. */
    Uni<TwoFactorState> activate(ObjectId userId, String sealedSecret, long usedStep, List<String> recoveryHashes,
                                 Instant now) {
        return mongoCollection().findOneAndUpdate(
                and(eq("_id", userId), eq("pendingSecret", sealedSecret), ne("enabled", true)),
                Updates.combine(Updates.set("secret", sealedSecret), Updates.unset("pendingSecret"),
                        Updates.set("enabled", true), Updates.set("lastUsedStep", usedStep),
                        Updates.set("recoveryCodes", recoveryHashes), Updates.set("enabledAt", now)),
                RETURN_AFTER);
    }

    /** Records {@code step} as used if no later or equal step was; true when this call did it. */
    Uni<Boolean> useStep(ObjectId userId, long step) {
        return mongoCollection().findOneAndUpdate(and(eq("_id", userId), eq("enabled", true), lt("lastUsedStep", step)),
                Updates.set("lastUsedStep", step)).map(before -> before != null);
    }

    /** Removes one unused recovery code; true when this call did it. */
    Uni<Boolean> useRecoveryCode(ObjectId userId, String hash) {
        return mongoCollection().findOneAndUpdate(and(eq("_id", userId), eq("enabled", true), eq("recoveryCodes", hash)),
                Updates.pull("recoveryCodes", hash)).map(before -> before != null);
    }

    /** Turns 2FA off; false when it was not on (a pending enrolment alone is not "on"). */
    Uni<Boolean> remove(ObjectId userId) {
        return mongoCollection().deleteOne(and(eq("_id", userId), eq("enabled", true))).map(result -> result.getDeletedCount() > 0);
    }
}
