package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRefresher;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.DailyIncomeRepository;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.RefreshOutcome;
import com.jkcloud.monitor.monitor.mail.AlertMailComposer;
import com.jkcloud.monitor.onething.FailureKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One poll pass: claim due accounts in batches, poll them with bounded concurrency (one failing account
 * never holds up the others), evaluate alerts, schedule each account's next poll, then compose mails.
 */
@ApplicationScoped
public class PollRunner {

    private static final Logger LOG = Logger.getLogger(PollRunner.class);
    private static final int RELEASES_IN_FLIGHT = 4;

    /** This process's identity in leases; a second runner with another id behaves as another replica. */
    private final String replicaId = "replica-" + UUID.randomUUID();

    private final AccountLeases leases;
    private final AccountRefresher refresher;
    private final DeviceAlertEvaluator alertEvaluator;
    private final AlertMailComposer mailComposer;
    private final PollSchedule schedule;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final DailyIncomeRepository dailyIncomes;
    private final MonitorConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;

    public PollRunner(AccountLeases leases, AccountRefresher refresher, DeviceAlertEvaluator alertEvaluator,
                      AlertMailComposer mailComposer, PollSchedule schedule, AccountRepository accounts,
                      DeviceRepository devices, DailyIncomeRepository dailyIncomes, MonitorConfig config,
                      MeterRegistry metrics, Clock clock) {
        this.leases = leases;
        this.refresher = refresher;
        this.alertEvaluator = alertEvaluator;
        this.mailComposer = mailComposer;
        this.schedule = schedule;
        this.accounts = accounts;
        this.devices = devices;
        this.dailyIncomes = dailyIncomes;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Uni<PassSummary> runPass(boolean all) {
        return runPass(all, replicaId);
    }

    /** Runs a pass as replica {@code replica}; tests use two ids to play two replicas on one store. */
    public Uni<PassSummary> runPass(boolean all, String replica) {
        Instant passStart = clock.instant();
        AccountLeases.PassScope scope = new AccountLeases.PassScope(all, passStart);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        return leases.claimAll(replica, scope)
                .onItem().transformToUni(claimed -> poll(claimed)
                        .invoke(polled -> (polled.answered() ? ok : failed).incrementAndGet()))
                .merge(config.concurrency())
                // polls are released a batch at a time: two store writes per batch instead of two per account
                .group().intoLists().of(config.batchSize())
                .onItem().transformToUni(batch -> release(replica, batch)).merge(RELEASES_IN_FLIGHT)
                .collect().last()
                .flatMap(done -> mailComposer.composeDue().onFailure().recoverWithItem(failure -> {
                    LOG.errorf("Composing alert mails failed: %s", failure.getMessage());
                    return 0;
                }))
                .map(composed -> {
                    long durationMs = Duration.between(passStart, clock.instant()).toMillis();
                    PassSummary summary = new PassSummary(ok.get() + failed.get(), ok.get(), failed.get(), durationMs);
                    if (summary.accounts() > 0) {
                        LOG.infof("Poll pass (%s) by %s: %d accounts, %d ok, %d failed, %d ms",
                                all ? "all" : "due", replica, summary.accounts(), summary.ok(), summary.failed(), durationMs);
                    }
                    return summary;
                });
    }

    /** One account's poll, decided and waiting for its release. */
    private record Polled(AccountLeases.Claimed claimed, RefreshOutcome outcome, AlertDecision decision) {
        boolean answered() {
            return outcome instanceof RefreshOutcome.Refreshed;
        }
    }

    /** Polls one account and evaluates its alerts. Never fails: one account can't break a pass. */
    private Uni<Polled> poll(AccountLeases.Claimed claimed) {
        OneThingAccount account = claimed.account();
        AccountStatus statusBefore = account.status;
        Timer.Sample timing = Timer.start(metrics);
        return Uni.createFrom().deferred(() -> refresher.refreshMarkedLater(account))
                .ifNoItem().after(config.accountTimeout()).fail()
                .onFailure().recoverWithItem(failure -> new RefreshOutcome.Failed(account, FailureKind.UPSTREAM_ERROR,
                        failure.getClass().getSimpleName()))
                .flatMap(outcome -> alertEvaluator.evaluate(outcome, statusBefore)
                        .onFailure().recoverWithItem(failure -> {
                            LOG.errorf("Alert evaluation for account %s failed: %s", account.id, failure.getMessage());
                            return AlertDecision.none();
                        })
                        .map(decision -> {
                            String result = outcome instanceof RefreshOutcome.Failed failure ? failure.kind().name() : "OK";
                            metrics.counter("monitor.polls", "outcome", result).increment();
                            timing.stop(metrics.timer("monitor.poll.duration"));
                            return new Polled(claimed, outcome, decision);
                        }));
    }

    /** Stores what each poll of the batch decided and gives their leases back; cleans up after accounts unbound meanwhile. */
    private Uni<Void> release(String replica, List<Polled> batch) {
        Instant now = clock.instant();
        Map<ObjectId, OneThingAccount> byId = new HashMap<>();
        List<AccountLeases.Release> releases = batch.stream().map(polled -> {
            OneThingAccount account = polled.claimed().account();
            byId.put(account.id, account);
            int failures = polled.outcome() instanceof RefreshOutcome.Failed ? polled.claimed().state().consecutiveFailures + 1 : 0;
            return new AccountLeases.Release(account.id, now, nextPoll(account, polled.outcome(), polled.decision(), failures, now), failures);
        }).toList();
        List<ObjectId> refreshed = batch.stream().filter(Polled::answered).map(polled -> polled.claimed().account().id).toList();
        return refresher.markPolled(refreshed, now)
                .flatMap(marked -> leases.release(replica, releases))
                .flatMap(unbound -> Multi.createFrom().iterable(unbound).onItem().transformToUniAndConcatenate(id -> dropIfUnbound(byId.get(id)))
                        .collect().last().replaceWithVoid())
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf("Releasing %d polled accounts failed (their leases expire): %s", batch.size(), failure.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    private Instant nextPoll(OneThingAccount account, RefreshOutcome outcome, AlertDecision decision, int failures, Instant now) {
        if (outcome instanceof RefreshOutcome.Failed failed) {
            if (failed.kind() == FailureKind.AUTH_FAILED) {
                return null; // paused until the owner stores a working password
            }
            long factor = 1L << Math.min(failures - 1, 16);
            Duration backoff = config.failureBackoff().multipliedBy(factor);
            return now.plus(backoff.compareTo(schedule.period()) > 0 ? schedule.period() : backoff);
        }
        Instant slot = schedule.nextSlotAfter(account.id, now);
        Instant confirmation = now.plus(alertEvaluator.confirmAfter());
        return decision.awaitingConfirmation() && confirmation.isBefore(slot) ? confirmation : slot;
    }

    /** The account was unbound while we polled it: remove what the poll wrote back. */
    private Uni<Void> dropIfUnbound(OneThingAccount account) {
        return accounts.findById(account.id).flatMap(existing -> existing != null ? Uni.createFrom().voidItem()
                : devices.deleteByAccount(account.id).flatMap(deleted -> dailyIncomes.deleteByAccount(account.id)).replaceWithVoid());
    }

    public Uni<Long> countOverdue(Duration lagAllowed) {
        return leases.countOverdue(clock.instant().minus(lagAllowed));
    }
}
