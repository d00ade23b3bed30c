package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.common.time.ChinaDates;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;

/** Keeps the daily income history for {@code monitor.income.retention-days} (at least 400), then drops it. */
@ApplicationScoped
public class IncomeRetentionJob {

    private static final Logger LOG = Logger.getLogger(IncomeRetentionJob.class);
    private static final int MINIMUM_RETENTION_DAYS = 400;

    private final DailyIncomeRepository dailyIncomes;
    private final int retentionDays;
    private final Clock clock;

    public IncomeRetentionJob(DailyIncomeRepository dailyIncomes,
                              IncomeConfig config, Clock clock) {
        this.dailyIncomes = dailyIncomes;
        this.retentionDays = Math.max(config.retentionDays(), MINIMUM_RETENTION_DAYS);
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 4 * * ?", timeZone = ChinaTime.ZONE_ID, identity = "income-retention")
    Uni<Void> prune() {
        String oldestKept = ChinaDates.today(clock).minusDays(retentionDays).toString();
        return dailyIncomes.deleteBefore(oldestKept)
                .invoke(deleted -> LOG.infof("Dropped %d daily income records older than %s", deleted, oldestKept))
                .replaceWithVoid();
    }
}
