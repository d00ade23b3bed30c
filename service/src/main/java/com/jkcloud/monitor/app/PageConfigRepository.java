package com.jkcloud.monitor.app;

import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import static com.mongodb.client.model.Filters.eq;

@ApplicationScoped
public class PageConfigRepository implements ReactivePanacheMongoRepositoryBase<PageConfig, String> {

    public Uni<Void> replace(PageConfig config) {
        return mongoCollection().replaceOne(eq("_id", config.page), config, new ReplaceOptions().upsert(true)).replaceWithVoid();
    }
}
