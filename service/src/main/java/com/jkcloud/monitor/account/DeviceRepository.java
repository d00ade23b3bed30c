package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

/** Devices keyed by {@code <accountId>:<deviceId>}; a poll reads an account's devices with one {@code $in} and writes them with one bulk write. */
@ApplicationScoped
public class DeviceRepository implements ReactivePanacheMongoRepositoryBase<Device, String> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
        Indexes.ensure(mongoCollection(), ascending("accountId"));
        for (DeviceQuery.SortField field : DeviceQuery.SortField.values()) {
            Indexes.ensure(mongoCollection(), ascending("ownerId", field.name(), "deviceSn"));
        }
        Indexes.ensure(mongoCollection(), ascending("ownerId", "status", "deviceSn"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "accountId", "deviceSn"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "deviceSn"));
    }

    private static Bson order(DeviceQuery.SortField sort, boolean descending) {
        String field = sort.name();
        List<String> tiebreak = field.equals("deviceSn") ? List.of("_id") : List.of("deviceSn", "_id");
        Bson first = descending ? Sorts.descending(field) : Sorts.ascending(field);
        return Sorts.orderBy(first, Sorts.ascending(tiebreak));
    }

    /** Every device of the query in its order, as key and status only: the store filters and sorts once for all its pages. */
    public Uni<List<Device>> order(DeviceQuery query) {
        return mongoCollection().find(filter(query), new FindOptions().sort(order(query.sort(), query.descending()))
                        .projection(Projections.include("status")))
                .collect().asList();
    }

    public Uni<Device> findOwnedBySn(ObjectId ownerId, String deviceSn) {
        return mongoCollection().find(new Document("ownerId", ownerId).append("deviceSn", deviceSn)).collect().first();
    }

    private static Bson filter(DeviceQuery query) {
        List<Bson> parts = new ArrayList<>();
        parts.add(Filters.eq("ownerId", query.ownerId()));
        if (query.status() != null) {
            parts.add(Filters.eq("status", query.status().name()));
        }
        if (query.accountIds() != null) {
            parts.add(Filters.in("accountId", query.accountIds()));
        }
        if (query.text() != null) {
            Pattern contains = Pattern.compile(Pattern.quote(query.text()), Pattern.CASE_INSENSITIVE);
            List<Bson> matches = new ArrayList<>(List.of(Filters.regex("deviceName", contains),
                    Filters.regex("deviceSn", contains), Filters.regex("ip", contains), Filters.regex("lanIp", contains)));
            if (!query.textAccountIds().isEmpty()) {
                matches.add(Filters.in("accountId", query.textAccountIds()));
            }
            parts.add(Filters.or(matches));
        }
        return Filters.and(parts);
    }

    public Uni<List<Device>> listByAccount(ObjectId accountId) {
        return list("accountId = ?1", Sort.ascending("deviceName", "deviceSn"), accountId);
    }

    /** Every device of the owner, in no particular order. */
    public Uni<List<Device>> allOfOwner(ObjectId ownerId) {
        return mongoCollection().find(new Document("ownerId", ownerId)).collect().asList();
    }

    public Uni<List<Device>> listByOwner(ObjectId ownerId) {
        return list("ownerId = ?1", Sort.ascending("deviceName", "deviceSn"), ownerId);
    }

    /** The stored records of these devices of one account (missing ones are left out), in one query. */
    public Uni<List<Device>> findByKeys(ObjectId accountId, Collection<String> deviceIds) {
        return deviceIds.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(in("_id", keys(accountId, deviceIds))).collect().asList();
    }

    /** Writes these devices of one account in one round trip and drops the ones upstream no longer lists. */
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
        return upserts.flatMap(written -> vanishedDeviceIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().deleteMany(in("_id", keys(accountId, vanishedDeviceIds))).replaceWithVoid());
    }

    private static List<String> keys(ObjectId accountId, Collection<String> deviceIds) {
        return deviceIds.stream().map(deviceId -> Device.key(accountId, deviceId)).toList();
    }

    /** A box's alert state as devices carried it before the monitor kept its own; read once, by its migration. */
    public record LegacyAlertState(String deviceKey, ObjectId accountId, String alertedStatus, String pendingStatus,
                                   java.time.Instant pendingSince) {
    }

    private static final List<String> LEGACY_ALERT_FIELDS = List.of("alertedStatus", "pendingStatus", "pendingSince");

    public Uni<List<LegacyAlertState>> withLegacyAlertState() {
        return mongoCollection().find(Document.class, new FindOptions()
                        .filter(or(LEGACY_ALERT_FIELDS.stream().map(field -> exists(field)).toList()))
                        .projection(Projections.include("accountId", "alertedStatus", "pendingStatus", "pendingSince")))
                .map(found -> new LegacyAlertState(found.getString("_id"), found.getObjectId("accountId"),
                        found.getString("alertedStatus"), found.getString("pendingStatus"),
                        found.getDate("pendingSince") == null ? null : found.getDate("pendingSince").toInstant()))
                .collect().asList();
    }

    public Uni<Void> dropLegacyAlertState(Collection<String> deviceKeys) {
        return deviceKeys.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", deviceKeys),
                        Updates.combine(LEGACY_ALERT_FIELDS.stream().map(Updates::unset).toList())).replaceWithVoid();
    }

    public Uni<Long> deleteByAccount(ObjectId accountId) {
        return delete("accountId", accountId);
    }
}
