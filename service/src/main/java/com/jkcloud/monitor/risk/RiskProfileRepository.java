package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Indexes.descending;

@ApplicationScoped
public class RiskProfileRepository implements ReactivePanacheMongoRepositoryBase<RiskProfile, String> {

    /** Recent IPs kept per device. */
    static final int RECENT_IPS = 20;

    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    private static final FindOneAndUpdateOptions UPSERT_AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER).upsert(true);

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), descending("score"));
    }

    /** A registration: creates the profile on first sight. */
    public Uni<RiskProfile> recordRegistration(String deviceId, Instant now) {
        return mongoCollection().findOneAndUpdate(eq("_id", deviceId),
                Updates.combine(Updates.set("lastSeen", now), Updates.setOnInsert("firstSeen", now)), UPSERT_AFTER);
    }

    public Uni<Void> touch(String deviceId, Instant now) {
        return mongoCollection().updateOne(eq("_id", deviceId), Updates.set("lastSeen", now)).replaceWithVoid();
    }

    public Uni<Void> addRecentIp(String deviceId, String ip) {
        return mongoCollection().updateOne(eq("_id", deviceId),
                Updates.pushEach("ips", List.of(ip), new PushOptions().slice(-RECENT_IPS))).replaceWithVoid();
    }

    public Uni<RiskProfile> setDeviceFacts(String deviceId, List<RiskReason> reasons, String locationKey) {
        Bson location = locationKey == null ? Updates.unset("locationKey") : Updates.set("locationKey", locationKey);
        return update(deviceId, Updates.combine(Updates.set("deviceReasons", reasons), location));
    }

    public Uni<RiskProfile> setLocationReason(String deviceId, RiskReason reason) {
        return update(deviceId, reason == null ? Updates.unset("locationReason") : Updates.set("locationReason", reason));
    }

    public Uni<RiskProfile> setSharedIpReason(String deviceId, RiskReason reason) {
        return update(deviceId, Updates.set("sharedIpReason", reason));
    }

    public Uni<Void> setScore(String deviceId, int score) {
        return mongoCollection().updateOne(eq("_id", deviceId), Updates.set("score", score)).replaceWithVoid();
    }

    public Uni<Void> exemptUntil(String deviceId, Instant until) {
        Bson change = until == null ? Updates.unset("exemptUntil") : Updates.set("exemptUntil", until);
        return mongoCollection().updateOne(eq("_id", deviceId), change).replaceWithVoid();
    }

    public Uni<List<RiskProfile>> suspects(int limit) {
        return find("score > ?1", Sort.descending("score").and("lastSeen", Sort.Direction.Descending), 0)
                .page(0, limit).list();
    }

    private Uni<RiskProfile> update(String deviceId, Bson change) {
        return mongoCollection().findOneAndUpdate(eq("_id", deviceId), change, AFTER);
    }
}
