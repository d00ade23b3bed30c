package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.common.money.Coins;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the automatic withdrawals whose slot has come, on every replica: the slot is claimed by inserting its
 * withdrawal under the unique (owner, key) index, so exactly one replica runs it; the rule is then moved to its next
 * slot. A run whose replica died is taken over, once its lease expired, by the next tick of any replica and finished
 * from its per-account progress in the store (no account drawn twice).
 */
@ApplicationScoped
public class AutoWithdrawRunner {

    private static final Logger LOG = Logger.getLogger(AutoWithdrawRunner.class);
    private static final int USERS_AT_ONCE = 8;

    private final AutoWithdrawRules rules;
    private final AccountRepository accounts;
    private final WithdrawalService withdrawals;
    private final AutoWithdrawNotice notice;
    private final Clock clock;

    public AutoWithdrawRunner(AutoWithdrawRules rules, AccountRepository accounts, WithdrawalService withdrawals,
                              AutoWithdrawNotice notice, Clock clock) {
        this.rules = rules;
        this.accounts = accounts;
        this.withdrawals = withdrawals;
        this.notice = notice;
        this.clock = clock;
    }

    @Scheduled(every = "{monitor.auto-withdraw.tick}", identity = "auto-withdraw",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return tick().replaceWithVoid();
    }

    /** Finishes abandoned runs, then runs every due slot; answers how many withdrawals this call ran. */
    public Uni<Integer> tick() {
        return withdrawals.resumeAbandonedAutomatic().flatMap(resumed -> {
            Instant now = clock.instant();
            return rules.due(now)
                    .onItem().transformToMulti(Multi.createFrom()::iterable)
                    .onItem().transformToUni(rule -> runSlot(rule, now).onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Automatic withdrawal of user %s at %s did not run now: %s", rule.id, rule.nextRunAt,
                                failure.toString());
                        return 0;
                    })).merge(USERS_AT_ONCE)
                    .collect().asList()
                    .map(ran -> resumed + ran.stream().mapToInt(Integer::intValue).sum());
        });
    }

    private Uni<Integer> runSlot(AutoWithdrawRule rule, Instant now) {
        Instant slot = rule.nextRunAt;
        Instant next = AutoWithdrawSchedule.nextSlotAfter(rule, now);
        if (!AutoWithdrawSchedule.stillRunnable(slot, now)) {
            LOG.infof("Automatic withdrawal of user %s at %s was missed (no replica ran that day); next at %s", rule.id, slot, next);
            return rules.advance(rule.id, slot, next).replaceWith(0);
        }
        return notice.languageOf(rule.id).flatMap(language -> selected(rule).flatMap(chosen -> {
            if (chosen.isEmpty()) {
                return rules.advance(rule.id, slot, next).replaceWith(0);
            }
            Map<Boolean, List<OneThingAccount>> byMinimum = chosen.stream().collect(Collectors.partitioningBy(
                    account -> Coins.drawable(account.income.withdrawable()).compareTo(rule.minAmount) >= 0));
            return withdrawals.claimAutomatic(rule.id, AutoWithdrawSchedule.slotKey(slot), byMinimum.get(true),
                            byMinimum.get(false), language)
                    .call(claimed -> rules.advance(rule.id, slot, next))
                    .flatMap(claimed -> claimed == null ? Uni.createFrom().item(0)
                            : withdrawals.runAutomatic(claimed, byMinimum.get(true), language).replaceWith(1));
        }));
    }

    private Uni<List<OneThingAccount>> selected(AutoWithdrawRule rule) {
        return accounts.listByOwner(rule.id).map(owned -> {
            if (!rule.accountIds.isEmpty()) {
                Set<?> wanted = Set.copyOf(rule.accountIds);
                return owned.stream().filter(account -> wanted.contains(account.id)).toList();
            }
            if (rule.groupId != null) {
                return owned.stream().filter(account -> rule.groupId.equals(account.groupId)).toList();
            }
            return owned;
        });
    }
}
