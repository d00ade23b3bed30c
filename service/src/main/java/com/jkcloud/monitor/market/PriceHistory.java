package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.store.Indexes;
import com.jkcloud.monitor.common.time.ChinaTime;
import com.mongodb.client.model.IndexOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Indexes.ascending;

/** Every successful scrape, for the price chart and for pricing each day's income at that day's price. */
@ApplicationScoped
public class PriceHistory implements ReactivePanacheMongoRepository<PricePoint> {

    static final Duration KEPT = Duration.ofDays(366);

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("at"), new IndexOptions().expireAfter(KEPT.toSeconds(), TimeUnit.SECONDS));
    }

    public Uni<Void> record(Instant at, BigDecimal eth, BigDecimal usdt) {
        PricePoint point = new PricePoint();
        point.id = new ObjectId();
        point.at = at;
        point.eth = eth;
        point.usdt = usdt;
        return persist(point).replaceWithVoid();
    }

    public Uni<PricePoint> latest() {
        return find("{}", Sort.descending("at")).firstResult();
    }

    /** Oldest first. */
    public Uni<List<PricePoint>> since(Instant from) {
        return list("at >= ?1", Sort.ascending("at"), from);
    }

    /** The last USDT price scraped on each China day from {@code from} on (days with no scrape are absent). */
    public Uni<Map<LocalDate, BigDecimal>> dailyUsdt(LocalDate from) {
        return since(from.atStartOfDay(ChinaTime.ZONE).toInstant()).map(points -> {
            Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
            points.stream().filter(point -> point.usdt != null)
                    .forEach(point -> byDay.put(LocalDate.ofInstant(point.at, ChinaTime.ZONE), point.usdt));
            return byDay;
        });
    }
}
