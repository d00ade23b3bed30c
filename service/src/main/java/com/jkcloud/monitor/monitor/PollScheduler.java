package com.jkcloud.monitor.monitor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Every tick, each replica polls whatever is due; the leases keep replicas from polling an account twice. */
@ApplicationScoped
public class PollScheduler {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);
    private static final Duration LAG_ALLOWED = Duration.ofMinutes(5);

    private final PollRunner runner;
    private final MonitorConfig config;
    private final AtomicLong overdueAccounts = new AtomicLong();

    public PollScheduler(PollRunner runner, MonitorConfig config, MeterRegistry metrics) {
        this.runner = runner;
        this.config = config;
        Gauge.builder("monitor.accounts.overdue", overdueAccounts, AtomicLong::get)
                .description("Accounts whose poll is more than 5 minutes late")
                .register(metrics);
    }

    @Scheduled(every = "{monitor.poll.tick}", delayed = "{monitor.poll.tick}", identity = "poll-pass",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return runner.countOverdue(LAG_ALLOWED)
                .invoke(overdueAccounts::set)
                .flatMap(counted -> runner.runPass(false))
                .onFailure().invoke(failure -> LOG.errorf("Poll pass failed: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
