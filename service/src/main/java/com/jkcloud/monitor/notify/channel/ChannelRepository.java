package com.jkcloud.monitor.notify.channel;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.util.Date;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Indexes.ascending;

/** {@code notification_channels}; every write names the owner in its filter, so no one changes another's channel. */
@ApplicationScoped
public class ChannelRepository implements ReactivePanacheMongoRepository<NotificationChannel> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("ownerId", "createdAt"));
    }

    public Uni<List<NotificationChannel>> listByOwner(ObjectId ownerId) {
        return list("ownerId", Sort.ascending("createdAt"), ownerId);
    }

    public Uni<List<NotificationChannel>> listEnabledByOwner(ObjectId ownerId) {
        return mongoCollection().find(new Document("ownerId", ownerId).append("enabled", true),
                new FindOptions().sort(new Document("createdAt", 1))).collect().asList();
    }

    /** The channel if it belongs to {@code ownerId}; null otherwise, so "not yours" looks like "missing". */
    public Uni<NotificationChannel> findOwned(ObjectId channelId, ObjectId ownerId) {
        return mongoCollection().find(owned(channelId, ownerId)).collect().first();
    }

    /** Sets the given fields in one atomic update; the channel as it is afterwards, or null when it isn't the owner's. */
    public Uni<NotificationChannel> setFields(ObjectId channelId, ObjectId ownerId, Map<String, Object> fields) {
        List<Bson> updates = fields.entrySet().stream()
                .map(field -> Updates.set(field.getKey(), field.getValue()))
                .toList();
        return mongoCollection().findOneAndUpdate(owned(channelId, ownerId), Updates.combine(updates),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    public Uni<Boolean> deleteOwned(ObjectId channelId, ObjectId ownerId) {
        return mongoCollection().deleteOne(owned(channelId, ownerId)).map(result -> result.getDeletedCount() > 0);
    }

    /** Field-level: a delivery never overwrites what an owner changed meanwhile. */
    /**
     * Takes the send slot {@code slot} if the channel's next slot is still {@code seen} (compare-and-set, so two
     * replicas never take the same one) and moves the next one to {@code next}.
     */
    public Uni<Boolean> takeSendSlot(ObjectId channelId, Instant seen, Instant next) {
        return mongoCollection().updateOne(com.mongodb.client.model.Filters.and(
                        com.mongodb.client.model.Filters.eq("_id", channelId),
                        com.mongodb.client.model.Filters.eq("nextSendSlot", seen)),
                com.mongodb.client.model.Updates.set("nextSendSlot", next)).map(result -> result.getModifiedCount() == 1);
    }

    public Uni<Void> recordDelivery(ObjectId channelId, NotificationChannel.LastDelivery delivery) {
        Document lastDelivery = new Document("at", Date.from(delivery.at))
                .append("status", delivery.status.name())
                .append("error", delivery.error);
        return mongoCollection().updateOne(new Document("_id", channelId), Updates.set("lastDelivery", lastDelivery))
                .replaceWithVoid();
    }

    private static Document owned(ObjectId channelId, ObjectId ownerId) {
        return new Document("_id", channelId).append("ownerId", ownerId);
    }
}
