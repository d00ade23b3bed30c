package com.jkcloud.monitor.account.group;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.List;

import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class GroupRepository implements ReactivePanacheMongoRepository<AccountGroup> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("ownerId", "nameKey"));
    }

    public Uni<List<AccountGroup>> listByOwner(ObjectId ownerId) {
        return list("ownerId = ?1", Sort.ascending("nameKey"), ownerId);
    }

    /** The group if it belongs to {@code ownerId}; null otherwise ("not yours" looks like "missing"). */
    public Uni<AccountGroup> findOwned(ObjectId groupId, ObjectId ownerId) {
        return find("_id = ?1 and ownerId = ?2", groupId, ownerId).firstResult();
    }

    public Uni<AccountGroup> findByName(ObjectId ownerId, String name) {
        return find("ownerId = ?1 and nameKey = ?2", ownerId, name.strip().toLowerCase(java.util.Locale.ROOT)).firstResult();
    }

    /** Renames in one update; true when the group was the owner's. A taken name fails with a duplicate key. */
    public Uni<Boolean> rename(ObjectId groupId, ObjectId ownerId, String name, String nameKey) {
        return mongoCollection().updateOne(new Document("_id", groupId).append("ownerId", ownerId),
                        Updates.combine(Updates.set("name", name), Updates.set("nameKey", nameKey)))
                .map(result -> result.getMatchedCount() > 0);
    }

    public Uni<Boolean> deleteOwned(ObjectId groupId, ObjectId ownerId) {
        return mongoCollection().deleteOne(new Document("_id", groupId).append("ownerId", ownerId))
                .map(result -> result.getDeletedCount() > 0);
    }
}
