package com.jkcloud.monitor.silence;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class SilenceRepository implements ReactivePanacheMongoRepository<Silence> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("ownerId", "until"));
    }

    /** The owner's silences that have not ended, the one ending last first. */
    public Uni<List<Silence>> activeOf(ObjectId ownerId, Instant now) {
        return find("ownerId = ?1 and until > ?2", Sort.descending("until"), ownerId, now).list();
    }

    /** Ends the owner's silence now (one atomic write); null when it isn't theirs or had already ended. */
    public Uni<Silence> endNow(ObjectId silenceId, ObjectId ownerId, Instant now) {
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", silenceId), Filters.eq("ownerId", ownerId), Filters.gt("until", now)),
                Updates.set("until", now), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }
}
