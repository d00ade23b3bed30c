package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.store.Indexes;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

@ApplicationScoped
public class AppReleaseRepository implements ReactivePanacheMongoRepository<AppRelease> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), compoundIndex(ascending("platform"), descending("versionCode")));
    }

    public Uni<AppRelease> latest(Platform platform) {
        return find("platform", Sort.descending("versionCode"), platform).firstResult();
    }

    public Uni<List<AppRelease>> all() {
        return findAll(Sort.ascending("platform").and("versionCode", Sort.Direction.Descending)).list();
    }
}
