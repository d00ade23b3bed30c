package com.jkcloud.monitor.account.availability;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class StatusIntervalRepository implements ReactivePanacheMongoRepository<StatusInterval> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("accountId", "open"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "deviceSn", "to"));
    }

    public Uni<List<StatusInterval>> openOfAccount(ObjectId accountId) {
        return mongoCollection().find(new Document("accountId", accountId).append("open", true)).collect().asList();
    }

    /** The intervals of a user's device (by SN) that reach into {@code [from, to]}, oldest first. */
    public Uni<List<StatusInterval>> overlapping(ObjectId ownerId, String deviceSn, Instant from, Instant to) {
        return mongoCollection().find(Filters.and(Filters.eq("ownerId", ownerId), Filters.eq("deviceSn", deviceSn),
                        Filters.or(Filters.gte("to", from), Filters.eq("open", true)), Filters.lte("from", to)),
                new FindOptions().sort(new Document("from", 1))).collect().asList();
    }

    public Uni<Void> write(List<WriteModel<StatusInterval>> writes) {
        return writes.isEmpty() ? Uni.createFrom().voidItem() : mongoCollection().bulkWrite(writes).replaceWithVoid();
    }

    static WriteModel<StatusInterval> close(StatusInterval open, Instant changedAt) {
        return new UpdateOneModel<>(new Document("_id", open.id),
                Updates.combine(Updates.set("to", changedAt), Updates.set("open", false)));
    }

    static WriteModel<StatusInterval> insert(StatusInterval opened) {
        return new InsertOneModel<>(opened);
    }

    public Uni<Long> deleteByAccount(ObjectId accountId) {
        return delete("accountId", accountId);
    }
}
