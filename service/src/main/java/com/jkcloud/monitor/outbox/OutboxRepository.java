package com.jkcloud.monitor.outbox;

import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import io.quarkus.mongodb.FindOptions;
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
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Sorts.descending;

@ApplicationScoped
public class OutboxRepository implements ReactivePanacheMongoRepository<OutboxMail> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("dedupeKey"));
        Indexes.ensure(mongoCollection(), ascending("state", "nextAttemptAt"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "createdAt"));
    }

    /** The owner's channel deliveries (not mails), newest first. */
    public Uni<List<OutboxMail>> channelDeliveries(ObjectId ownerId, int limit) {
        return mongoCollection().find(and(eq("ownerId", ownerId), ne("channelId", null)),
                        new FindOptions().sort(descending("createdAt", "_id")).limit(limit))
                .collect().asList();
    }

    /** Queues the mail; false if one with the same dedupe key is already queued. */
    public Uni<Boolean> enqueue(OutboxMail mail) {
        return persist(mail).replaceWith(true)
                .onFailure(DuplicateKeys::isDuplicateKey).recoverWithItem(false);
    }

    /** Takes the next due mail for sending; the lease keeps any other replica off it. */
    public Uni<OutboxMail> claimNext(String sender, Instant now, java.time.Duration lease) {
        return mongoCollection().findOneAndUpdate(
                and(eq("state", OutboxMail.State.PENDING.name()), lte("nextAttemptAt", now),
                        or(eq("leaseUntil", null), lt("leaseUntil", now))),
                Updates.combine(Updates.set("leaseOwner", sender), Updates.set("leaseUntil", now.plus(lease))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    public Uni<Void> markSent(OutboxMail mail, String sender, Instant at) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("state", OutboxMail.State.SENT.name()), Updates.set("sentAt", at),
                Updates.inc("attempts", 1), Updates.unset("leaseOwner"), Updates.unset("leaseUntil"),
                Updates.unset("lastError")));
        if (mail.holdsSecret) {
            changes.add(Updates.unset("html"));
            changes.add(Updates.unset("text"));
        }
        return mongoCollection().updateOne(and(eq("_id", mail.id), eq("leaseOwner", sender)), Updates.combine(changes))
                .replaceWithVoid();
    }

    /**
     * The same kind of store write as {@link #enqueue} that changes nothing: done for requests that must not
     * reveal, by how long they take, that no mail was queued.
     */
    public Uni<Void> enqueueNothing() {
        return mongoCollection().updateOne(eq("dedupeKey", "none:" + new ObjectId().toHexString()),
                Updates.set("nextAttemptAt", Instant.EPOCH)).replaceWithVoid();
    }

    /** Schedules the retry, or gives up (FAILED) when this was the entry's last allowed attempt. */
    public Uni<Void> markFailed(OutboxMail mail, String sender, String error, Instant retryAt) {
        boolean givingUp = mail.maxAttempts > 0 && mail.attempts + 1 >= mail.maxAttempts;
        List<Bson> changes = new ArrayList<>(List.of(Updates.inc("attempts", 1), Updates.set("lastError", error),
                Updates.set("nextAttemptAt", retryAt), Updates.unset("leaseOwner"), Updates.unset("leaseUntil")));
        if (givingUp) {
            changes.add(Updates.set("state", OutboxMail.State.FAILED.name()));
        }
        return mongoCollection().updateOne(and(eq("_id", mail.id), eq("leaseOwner", sender)), Updates.combine(changes))
                .replaceWithVoid();
    }

    public Uni<Void> markSuppressed(OutboxMail mail, String sender, String reason) {
        return mongoCollection().updateOne(and(eq("_id", mail.id), eq("leaseOwner", sender)), Updates.combine(
                Updates.set("state", OutboxMail.State.SUPPRESSED.name()), Updates.set("lastError", reason),
                Updates.unset("leaseOwner"), Updates.unset("leaseUntil"))).replaceWithVoid();
    }
}
