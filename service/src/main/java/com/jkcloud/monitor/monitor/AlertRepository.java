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
        Indexes.ensure(mongoCollection(), ascending("accountId", "deviceSn", "createdAt"));
        Indexes.ensure(mongoCollection(), ascending("remindAt"));
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

    /** An unbound account's unsent, silenced and to-be-repeated alerts go nowhere. */
    public Uni<Void> skipPendingMailsOf(ObjectId accountId) {
        return mongoCollection().updateMany(and(eq("accountId", accountId), in("mailState",
                        AlertEvent.MailState.PENDING.name(), AlertEvent.MailState.SILENCED.name())),
                Updates.set("mailState", AlertEvent.MailState.SKIPPED.name()))
                .flatMap(skipped -> mongoCollection().updateMany(and(eq("accountId", accountId),
                        com.mongodb.client.model.Filters.exists("remindAt")), Updates.unset("remindAt")))
                .replaceWithVoid();
    }

    public Uni<Void> holdUntil(Collection<ObjectId> eventIds, Instant until) {
        return eventIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", eventIds), Updates.set("mailDueAt", until)).replaceWithVoid();
    }

    public Uni<List<AlertEvent>> silenced() {
        return find("mailState", AlertEvent.MailState.SILENCED).page(Page.ofSize(COMPOSE_BATCH)).list();
    }

    /** The device's (for a null {@code deviceSn}: the account's) newest event, or null. */
    public Uni<AlertEvent> latestOf(ObjectId accountId, String deviceSn) {
        return find("accountId = ?1 and deviceSn = ?2", Sort.descending("createdAt").and("_id", Sort.Direction.Descending),
                accountId, deviceSn).firstResult();
    }

    /** The device's newest OFFLINE or EXCEPTION event: when its downtime began. */
    public Uni<AlertEvent> latestDownOf(ObjectId accountId, String deviceSn) {
        return find("accountId = ?1 and deviceSn = ?2 and type in ?3", Sort.descending("createdAt"),
                accountId, deviceSn, List.of(AlertType.OFFLINE.name(), AlertType.EXCEPTION.name())).firstResult();
    }

    /** Moves a silenced event on, only if it is still silenced: replicas doing the same release change it once. */
    public Uni<Boolean> leaveSilence(ObjectId eventId, AlertEvent.MailState next, Instant now) {
        return mongoCollection().updateOne(and(eq("_id", eventId), eq("mailState", AlertEvent.MailState.SILENCED.name())),
                Updates.combine(Updates.set("mailState", next.name()), Updates.set("mailDueAt", now),
                        Updates.unset("silenceId"))).map(result -> result.getModifiedCount() == 1);
    }

    public Uni<Void> handOverSilence(ObjectId eventId, ObjectId fromSilence, ObjectId toSilence) {
        return mongoCollection().updateOne(and(eq("_id", eventId), eq("silenceId", fromSilence)),
                Updates.set("silenceId", toSilence)).replaceWithVoid();
    }

    public Uni<List<AlertEvent>> dueForReminder(Instant now) {
        return find("remindAt <= ?1", Sort.ascending("remindAt"), now).page(Page.ofSize(COMPOSE_BATCH)).list();
    }

    /** Takes the reminder that was due at {@code dueAt}; false when another replica took it first. */
    public Uni<Boolean> claimReminder(ObjectId eventId, Instant dueAt) {
        return mongoCollection().updateOne(and(eq("_id", eventId), eq("remindAt", dueAt)), Updates.unset("remindAt"))
                .map(result -> result.getModifiedCount() == 1);
    }

    public Uni<Void> remindAt(Collection<ObjectId> eventIds, Instant at) {
        return eventIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", eventIds), Updates.set("remindAt", at)).replaceWithVoid();
    }

    public Uni<Void> markEmailed(Collection<ObjectId> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", eventIds), Updates.set("emailed", true)).replaceWithVoid();
    }
}
