package com.jkcloud.monitor.risk;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import static com.mongodb.client.model.Filters.eq;

@ApplicationScoped
public class LocationClusterRepository implements ReactivePanacheMongoRepositoryBase<LocationCluster, String> {

    private static final FindOneAndUpdateOptions UPSERT_AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER).upsert(true);
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    public Uni<LocationCluster> join(String spot, String deviceId) {
        return mongoCollection().findOneAndUpdate(eq("_id", spot), Updates.addToSet("deviceIds", deviceId), UPSERT_AFTER);
    }

    /** Answers the cluster as it is after, or null when there was none. */
    public Uni<LocationCluster> leave(String spot, String deviceId) {
        return mongoCollection().findOneAndUpdate(eq("_id", spot), Updates.pull("deviceIds", deviceId), AFTER);
    }
}
