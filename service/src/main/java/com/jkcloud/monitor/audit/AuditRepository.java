package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.IndexOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

@ApplicationScoped
public class AuditRepository implements ReactivePanacheMongoRepository<AuditEntry> {

    static final long KEPT_DAYS = 365;

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("at"), new IndexOptions().expireAfter(KEPT_DAYS, TimeUnit.DAYS));
        Indexes.ensure(mongoCollection(), compoundIndex(ascending("userId"), descending("at")));
    }

    /** Newest first; {@code userId} and {@code action} narrow it when given. */
    Uni<List<AuditEntry>> newest(ObjectId userId, AuditAction action, int limit) {
        Document query = new Document();
        if (userId != null) {
            query.append("userId", userId);
        }
        if (action != null) {
            query.append("action", action.name());
        }
        return find(query, new Document("at", -1).append("_id", -1)).page(0, limit).list();
    }
}
