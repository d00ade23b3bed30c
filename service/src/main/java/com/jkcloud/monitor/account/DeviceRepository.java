package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import static com.mongodb.client.model.Indexes.ascending;

/** Devices keyed by {@code <accountId>:<deviceId>}; the poll path reads and writes them by key only. */
@ApplicationScoped
public class DeviceRepository implements ReactivePanacheMongoRepositoryBase<Device, String> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
        Indexes.ensure(mongoCollection(), ascending("accountId"));
    }

    public Uni<List<Device>> listByAccount(ObjectId accountId) {
        return list("accountId = ?1", Sort.ascending("deviceName", "deviceSn"), accountId);
    }

    public Uni<List<Device>> listByOwner(ObjectId ownerId) {
        return list("ownerId = ?1", Sort.ascending("deviceName", "deviceSn"), ownerId);
    }

    /** The stored records of these devices of one account (missing ones are left out). */
    public Uni<List<Device>> findByKeys(ObjectId accountId, Collection<String> deviceIds) {
        return Multi.createFrom().iterable(deviceIds)
                .onItem().transformToUniAndMerge(deviceId -> findById(Device.key(accountId, deviceId)))
                .filter(Objects::nonNull)
                .collect().asList();
    }

    /** Writes every device of one account in one round trip and drops the ones upstream no longer lists. */
    public Uni<Void> replaceAccountDevices(ObjectId accountId, Collection<Device> devices, Collection<String> vanishedDeviceIds) {
        List<WriteModel<Device>> writes = devices.stream().<WriteModel<Device>>map(device -> new UpdateOneModel<>(
                new Document("_id", device.id),
                Updates.combine(
                        Updates.set("accountId", accountId),
                        Updates.set("ownerId", device.ownerId),
                        Updates.set("deviceId", device.deviceId),
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
        Uni<Void> upserts = writes.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().bulkWrite(writes).replaceWithVoid();
        return upserts.flatMap(written -> Multi.createFrom().iterable(vanishedDeviceIds)
                .onItem().transformToUniAndConcatenate(deviceId -> deleteById(Device.key(accountId, deviceId)))
                .collect().last().replaceWithVoid());
    }

    public Uni<Long> deleteByAccount(ObjectId accountId) {
        return delete("accountId", accountId);
    }
}
