package com.jkcloud.monitor.importer;

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

import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class ImportRepository implements ReactivePanacheMongoRepository<AccountImport> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("status", "leaseUntil"));
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
    }

    public Uni<AccountImport> findOwned(ObjectId importId, ObjectId ownerId) {
        return find("_id = ?1 and ownerId = ?2", importId, ownerId).firstResult();
    }

    /** Takes a running import whose claim lapsed (its replica died), for {@code leaseOwner}; null if none. */
    public Uni<AccountImport> claimAbandoned(String leaseOwner, Instant now, Instant leaseUntil) {
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("status", AccountImport.Status.RUNNING.name()), Filters.lt("leaseUntil", now)),
                Updates.combine(Updates.set("leaseOwner", leaseOwner), Updates.set("leaseUntil", leaseUntil)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Records one line's result and drops its pending entry in one update (only once: a retried line matches nothing). */
    public Uni<Void> recordLine(ObjectId importId, AccountImport.LineResult result, Instant now, Instant leaseUntil) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.pull("pending", new Document("line", result.line)),
                Updates.push("results", result),
                Updates.inc("done", 1),
                Updates.set("updatedAt", now),
                Updates.set("leaseUntil", leaseUntil)));
        String counter = switch (result.status) {
            case BOUND -> "bound";
            case ALREADY_BOUND -> "skipped";
            default -> "failed";
        };
        updates.add(Updates.inc(counter, 1));
        return mongoCollection().updateOne(new Document("_id", importId).append("pending.line", result.line),
                Updates.combine(updates)).replaceWithVoid();
    }

    public Uni<Void> finish(ObjectId importId, Instant now) {
        return mongoCollection().updateOne(new Document("_id", importId).append("pending", new Document("$size", 0)),
                Updates.combine(Updates.set("status", AccountImport.Status.DONE.name()), Updates.set("updatedAt", now),
                        Updates.unset("leaseOwner"), Updates.unset("leaseUntil"))).replaceWithVoid();
    }
}
