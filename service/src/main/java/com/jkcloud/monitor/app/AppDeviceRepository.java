package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DeviceRegistration;
import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class AppDeviceRepository implements ReactivePanacheMongoRepository<AppDevice> {

    private static final FindOneAndUpdateOptions UPSERT_AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER).upsert(true);

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("deviceId"));
        Indexes.ensure(mongoCollection(), ascending("userId", "deleted"));
    }

    /** Creates or refreshes the device; a registration after a logout revives it. */
    public Uni<AppDevice> upsert(DeviceRegistration.Report report, String platform, String appVersion,
                                 String publicIp, ObjectId userId, Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("platform", platform),
                Updates.set("appVersion", appVersion),
                Updates.set("app", app(report.app())),
                Updates.set("device", device(report.device())),
                Updates.set("os", os(report.os())),
                Updates.set("location", location(report.location())),
                Updates.set("publicIp", publicIp),
                Updates.set("lastSeen", now),
                Updates.set("deleted", false),
                Updates.set("pushInvalid", false),
                Updates.unset("deletedAt"),
                Updates.setOnInsert("firstSeen", now)));
        if (userId != null) {
            changes.add(Updates.set("userId", userId));
        }
        return mongoCollection().findOneAndUpdate(eq("deviceId", report.deviceID()), Updates.combine(changes), UPSERT_AFTER);
    }

    public Uni<Long> softDelete(ObjectId userId, String deviceId, Instant now) {
        Bson which = deviceId == null
                ? Filters.and(eq("userId", userId), eq("deleted", false))
                : Filters.and(eq("userId", userId), eq("deviceId", deviceId), eq("deleted", false));
        return mongoCollection().updateMany(which, Updates.combine(Updates.set("deleted", true), Updates.set("deletedAt", now)))
                .map(result -> result.getModifiedCount());
    }

    /** The devices a push or any other outreach may address: logged-out ones are skipped. */
    public Uni<List<AppDevice>> activeDevicesOf(ObjectId userId) {
        return find("userId = ?1 and deleted = ?2", userId, false).list();
    }

    /** The user's devices a push may go to: signed in, and not reported invalid by the push provider. */
    public Uni<List<AppDevice>> pushableDevicesOf(ObjectId userId) {
        return mongoCollection().find(Filters.and(eq("userId", userId), eq("deleted", false), ne("pushInvalid", true)))
                .collect().asList();
    }

    /** The push provider said these registration ids (our device ids) reach no one. */
    public Uni<Void> markPushInvalid(List<String> deviceIds) {
        return deviceIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(Filters.in("deviceId", deviceIds), Updates.set("pushInvalid", true))
                .replaceWithVoid();
    }

    private static Document app(DeviceRegistration.App app) {
        return app == null ? null : new Document("debug", app.debug())
                .append("versionCode", app.versionCode()).append("versionName", app.versionName());
    }

    private static Document device(DeviceRegistration.Device device) {
        return device == null ? null : new Document("brand", device.brand())
                .append("display", device.display())
                .append("displayHeight", device.displayHeight())
                .append("displayWidth", device.displayWidth())
                .append("fingerprint", device.fingerprint())
                .append("manufacturer", device.manufacturer())
                .append("model", device.model())
                .append("product", device.product());
    }

    private static Document os(DeviceRegistration.Os os) {
        return os == null ? null : new Document("host", os.host()).append("root", os.root()).append("version", os.version());
    }

    private static Document location(DeviceRegistration.Location location) {
        return location == null ? null : new Document("longitude", location.longitude())
                .append("latitude", location.latitude()).append("address", location.address());
    }
}
