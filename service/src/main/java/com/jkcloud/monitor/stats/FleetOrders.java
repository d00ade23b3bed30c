package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.DeviceQuery;
import com.jkcloud.monitor.account.DeviceRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;

/**
 * The store's answer to each fleet query (filter and order, without paging), kept so that every page of a query is
 * one read by key: the embedded store filters and sorts by scanning, so a deep page or another page of the same
 * query must not scan again.
 */
@ApplicationScoped
class FleetOrders {

    private static final int MOST_QUERIES = 1_000;

    private final KeptAnswers<DeviceQuery, FleetOrder> orders;

    FleetOrders(DeviceRepository devices, OwnerChanges changes,
                @ConfigProperty(name = "quarkus.mongodb.connection-string") Optional<String> sharedStore) {
        this.orders = new KeptAnswers<>(changes, sharedStore, MOST_QUERIES, DeviceQuery::ownerId,
                query -> devices.order(query).map(FleetOrder::of));
    }

    /** The query's order, reloaded first if a poll has changed the owner's devices since it was read. */
    Uni<FleetOrder> of(DeviceQuery query) {
        return orders.fresh(query);
    }

    /** Every device of the owner: the income shares are split over whole accounts. */
    Uni<FleetOrder> wholeFleet(ObjectId ownerId) {
        return of(new DeviceQuery(ownerId, null, null, null, Set.of(), DeviceQuery.SortField.deviceSn, false));
    }
}
