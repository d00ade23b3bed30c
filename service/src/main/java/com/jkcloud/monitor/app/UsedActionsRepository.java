package com.jkcloud.monitor.app;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.util.HashSet;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;

@ApplicationScoped
public class UsedActionsRepository implements ReactivePanacheMongoRepositoryBase<UsedActions, ObjectId> {

    public Uni<Set<String>> of(ObjectId userId) {
        return findById(userId).map(used -> used == null || used.actionUids == null ? Set.of() : new HashSet<>(used.actionUids));
    }

    public Uni<Void> add(ObjectId userId, String actionUid) {
        return mongoCollection().updateOne(eq("_id", userId), Updates.addToSet("actionUids", actionUid),
                new UpdateOptions().upsert(true)).replaceWithVoid();
    }
}
