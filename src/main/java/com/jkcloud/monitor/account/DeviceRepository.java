package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.util.Collection;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class DeviceRepository implements ReactivePanacheMongoRepository<Device> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("accountId", "deviceId"));
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
    }

    public Uni<List<Device>> listByAccount(ObjectId accountId) {
        return list("accountId = ?1", Sort.ascending("deviceName", "deviceSn"), accountId);
    }

    public Uni<List<Device>> listByOwner(ObjectId ownerId) {
        return list("ownerId = ?1", Sort.ascending("deviceName", "deviceSn"), ownerId);
    }

    /** Writes every device of one account in one round trip and drops the ones upstream no longer lists. */
    public Uni<Void> replaceAccountDevices(ObjectId accountId, Collection<Device> devices) {
        List<WriteModel<Device>> writes = devices.stream().<WriteModel<Device>>map(device -> new UpdateOneModel<>(
                and(eq("accountId", accountId), eq("deviceId", device.deviceId)),
                Updates.combine(
                        Updates.set("ownerId", device.ownerId),
                        Updates.set("deviceSn", device.deviceSn),
                        Updates.set("deviceName", device.deviceName),
                        Updates.set("peerId", device.peerId),
                        Updates.set("status", device.status.name()),
                        Updates.set("exceptionMessage", device.exceptionMessage),
                        Updates.set("ip", device.ip),
                        Updates.set("lanIp", device.lanIp),
                        Updates.set("systemVersion", device.systemVersion),
                        Updates.set("hardwareModel", device.hardwareModel),
                        Updates.set("bindTime", device.bindTime),
                        Updates.set("connectTime", device.connectTime),
                        Updates.set("disconnectTime", device.disconnectTime),
                        Updates.set("usbCapacityBytes", device.usbCapacityBytes),
                        Updates.set("usbUsedBytes", device.usbUsedBytes),
                        Updates.set("updatedAt", device.updatedAt)),
                new UpdateOptions().upsert(true))).toList();
        List<String> listed = devices.stream().map(device -> device.deviceId).toList();
        Uni<Void> upserts = writes.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().bulkWrite(writes).replaceWithVoid();
        return upserts.flatMap(written -> mongoCollection()
                .deleteMany(and(eq("accountId", accountId), nin("deviceId", listed))).replaceWithVoid());
    }

    public Uni<Long> deleteByAccount(ObjectId accountId) {
        return delete("accountId", accountId);
    }
}
