package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.Collection;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Indexes.ascending;

/** Alert states of boxes: one {@code $in} read and at most one bulk write per poll of an account. */
@ApplicationScoped
public class DeviceAlertStateRepository implements ReactivePanacheMongoRepositoryBase<DeviceAlertState, String> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("accountId"));
    }

    public Uni<List<DeviceAlertState>> ofDevices(Collection<String> deviceKeys) {
        return deviceKeys.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(in("_id", deviceKeys)).collect().asList();
    }

    /** Stores these states (only the ones that changed are passed) in one round trip. */
    public Uni<Void> store(Collection<DeviceAlertState> changed) {
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<WriteModel<DeviceAlertState>> writes = changed.stream().<WriteModel<DeviceAlertState>>map(state ->
                new ReplaceOneModel<>(new Document("_id", state.id), state, new ReplaceOptions().upsert(true))).toList();
        return mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    /** Adds these states where a box has none yet (a one-off migration; running it twice changes nothing). */
    public Uni<Void> insertMissing(Collection<DeviceAlertState> states) {
        if (states.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<WriteModel<DeviceAlertState>> writes = states.stream().<WriteModel<DeviceAlertState>>map(state -> new UpdateOneModel<>(
                new Document("_id", state.id),
                Updates.combine(Updates.setOnInsert("accountId", state.accountId),
                        Updates.setOnInsert("alertedStatus", state.alertedStatus == null ? null : state.alertedStatus.name()),
                        Updates.setOnInsert("pendingStatus", state.pendingStatus == null ? null : state.pendingStatus.name()),
                        Updates.setOnInsert("pendingSince", state.pendingSince)),
                new UpdateOptions().upsert(true))).toList();
        return mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    public Uni<Void> deleteByIds(Collection<String> deviceKeys) {
        return deviceKeys.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().deleteMany(in("_id", deviceKeys)).replaceWithVoid();
    }

    public Uni<Void> deleteByAccount(ObjectId accountId) {
        return mongoCollection().deleteMany(eq("accountId", accountId)).replaceWithVoid();
    }
}
