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

    /** Appends the beat and answers the window as it is after: one atomic write per heartbeat. */
    public Uni<IpWindow> recordBeat(String ip, String deviceId, Instant now, int maxEntries) {
        return mongoCollection().findOneAndUpdate(eq("_id", ip),
                Updates.pushEach("beats", List.of(new IpBeat(deviceId, now)), new PushOptions().slice(-maxEntries)),
                UPSERT_AFTER);
    }

    /**
     * Replaces the entries with {@code compacted} only if nobody appended since they were read
     * (same length), so a concurrent beat is never lost; a skipped compaction is retried by a later beat.
     */
    public Uni<Void> compact(String ip, int readLength, List<IpBeat> compacted) {
        return mongoCollection().updateOne(Filters.and(eq("_id", ip), Filters.size("beats", readLength)),
                Updates.set("beats", compacted)).replaceWithVoid();
    }
}
