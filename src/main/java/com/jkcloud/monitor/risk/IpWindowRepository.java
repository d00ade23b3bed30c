package com.jkcloud.monitor.risk;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

@ApplicationScoped
public class IpWindowRepository implements ReactivePanacheMongoRepositoryBase<IpWindow, String> {

    private static final FindOneAndUpdateOptions UPSERT_AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER).upsert(true);

    /**
     * Replaces the device's entry with one at {@code now}, drops entries at or before {@code cutoff},
     * and answers the window as it is after. Two atomic writes; a race at worst leaves a duplicate
     * entry for one device, which callers count once.
     */
    public Uni<IpWindow> recordBeat(String ip, String deviceId, Instant now, Instant cutoff, int maxEntries) {
        var stale = Filters.or(eq("deviceId", deviceId), Filters.lte("at", cutoff));
        return mongoCollection().updateOne(eq("_id", ip), Updates.pullByFilter(new org.bson.Document("beats", stale)))
                .flatMap(pruned -> mongoCollection().findOneAndUpdate(eq("_id", ip),
                        Updates.pushEach("beats", List.of(new IpBeat(deviceId, now)), new PushOptions().slice(-maxEntries)),
                        UPSERT_AFTER));
    }

    public Uni<Void> forget(String ip, String deviceId) {
        return mongoCollection().updateOne(eq("_id", ip), Updates.pull("beats", new org.bson.Document("deviceId", deviceId)))
                .replaceWithVoid();
    }
}
