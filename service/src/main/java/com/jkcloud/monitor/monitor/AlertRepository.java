package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.descending;

@ApplicationScoped
public class AlertRepository implements ReactivePanacheMongoRepository<AlertEvent> {

    private static final int HISTORY_LIMIT = 500;
    private static final int COMPOSE_BATCH = 2000;

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), com.mongodb.client.model.Indexes.compoundIndex(ascending("ownerId"), descending("createdAt")));
        Indexes.ensure(mongoCollection(), ascending("mailState", "mailDueAt"));
    }

    public Uni<List<AlertEvent>> history(ObjectId ownerId) {
        return find("ownerId", Sort.descending("createdAt"), ownerId).page(Page.ofSize(HISTORY_LIMIT)).list();
    }

    public Uni<List<AlertEvent>> dueForMail(Instant now) {
        return find("mailState = ?1 and mailDueAt <= ?2", Sort.ascending("createdAt"), AlertEvent.MailState.PENDING, now)
                .page(Page.ofSize(COMPOSE_BATCH)).list();
    }

    /** Takes the event for one mail; false when another replica took it first. */
    public Uni<Boolean> claimForMail(ObjectId eventId) {
        return mongoCollection().updateOne(and(eq("_id", eventId), eq("mailState", AlertEvent.MailState.PENDING.name())),
                Updates.set("mailState", AlertEvent.MailState.COMPOSED.name())).map(result -> result.getModifiedCount() == 1);
    }

    public Uni<Void> skipMail(Collection<ObjectId> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", eventIds), Updates.set("mailState", AlertEvent.MailState.SKIPPED.name()))
                .replaceWithVoid();
    }

    public Uni<Void> skipPendingMailsOf(ObjectId accountId) {
        return mongoCollection().updateMany(and(eq("accountId", accountId), eq("mailState", AlertEvent.MailState.PENDING.name())),
                Updates.set("mailState", AlertEvent.MailState.SKIPPED.name())).replaceWithVoid();
    }

    public Uni<Void> holdUntil(Collection<ObjectId> eventIds, Instant until) {
        return eventIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", eventIds), Updates.set("mailDueAt", until)).replaceWithVoid();
    }

    public Uni<Void> markEmailed(Collection<ObjectId> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", eventIds), Updates.set("emailed", true)).replaceWithVoid();
    }
}
