package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.jkcloud.monitor.withdraw.api.WithdrawPlan;
import com.jkcloud.monitor.withdraw.api.WithdrawalView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Withdraw all": one idempotent request draws every selected account; partial failure is not an error.
 * Exclusive per account whatever the key (a draw lease in the store); a withdrawal abandoned by a replica that
 * died is taken over after {@code monitor.withdraw.in-progress-timeout} and settled from upstream's history.
 */
@ApplicationScoped
public class WithdrawalService {

    private static final Logger LOG = Logger.getLogger(WithdrawalService.class);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final int ACCOUNTS_AT_ONCE = 4;
    private static final Duration REPLAY_POLL = Duration.ofMillis(200);
    private static final int REPLAY_POLLS = 150;

    private final WithdrawalRepository withdrawals;
    private final AccountRepository accounts;
    private final DrawLeases leases;
    private final AccountDrawer drawer;
    private final AutoWithdrawNotice autoNotice;
    private final Duration timeout;
    private final Duration autoPause;
    private final Clock clock;

    public WithdrawalService(WithdrawalRepository withdrawals, AccountRepository accounts, DrawLeases leases,
                             AccountDrawer drawer, AutoWithdrawNotice autoNotice, WithdrawConfig config,
                             AutoWithdrawConfig autoConfig, Clock clock) {
        this.withdrawals = withdrawals;
        this.autoNotice = autoNotice;
        this.autoPause = autoConfig.pause();
        this.accounts = accounts;
        this.leases = leases;
        this.drawer = drawer;
        this.timeout = config.inProgressTimeout();
        this.clock = clock;
    }

    public Uni<WithdrawalView> withdrawAll(ObjectId ownerId, String idempotencyKey, List<String> accountIds, Language language) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, WithdrawMessage.KEY_REQUIRED);
        }
        Request request = new Request(ownerId, idempotencyKey, accountIds, language);
        return withdrawals.findByKey(ownerId, idempotencyKey)
                .flatMap(existing -> existing != null ? awaitOrTakeOver(request, existing, REPLAY_POLLS) : start(request, REPLAY_POLLS));
    }

    public Uni<List<WithdrawalView>> history(ObjectId ownerId) {
        return withdrawals.history(ownerId).map(list -> list.stream().map(WithdrawalView::of).toList());
    }

    /** What a withdraw-all would draw now, from the stored figures: the amounts the income page shows. */
    public Uni<WithdrawPlan> plan(ObjectId ownerId) {
        return accounts.listByOwner(ownerId).map(owned -> {
            List<WithdrawPlan.AccountAmount> rows = owned.stream()
                    .map(account -> new WithdrawPlan.AccountAmount(account.id.toHexString(), account.name, account.username,
                            Coins.drawable(account.income.withdrawable())))
                    .toList();
            return new WithdrawPlan(rows, rows.stream().map(WithdrawPlan.AccountAmount::amount).reduce(Coins.ZERO, BigDecimal::add));
        });
    }

    /**
     * Claims an automatic withdrawal's slot for the user: the unique (owner, key) index lets exactly one replica
     * insert it. {@code belowMinimum} are recorded SKIPPED at once. Null when the slot is claimed already.
     */
    public Uni<Withdrawal> claimAutomatic(ObjectId ownerId, String slotKey, List<OneThingAccount> eligible,
                                          List<OneThingAccount> belowMinimum, Language language) {
        Instant now = clock.instant();
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.id = new ObjectId();
        withdrawal.ownerId = ownerId;
        withdrawal.idempotencyKey = slotKey;
        withdrawal.trigger = Withdrawal.Trigger.AUTO;
        withdrawal.state = Withdrawal.State.IN_PROGRESS;
        withdrawal.accountIds = java.util.stream.Stream.concat(eligible.stream(), belowMinimum.stream())
                .map(account -> account.id).toList();
        for (OneThingAccount account : belowMinimum) {
            withdrawal.settled.put(account.id.toHexString(), AccountDrawer.result(account, BigDecimal.ZERO,
                    Withdrawal.Outcome.SKIPPED, WithdrawMessage.BELOW_MINIMUM.in(language)));
        }
        withdrawal.runId = newRunId();
        withdrawal.leaseUntil = now.plus(timeout);
        withdrawal.total = BigDecimal.ZERO;
        withdrawal.createdAt = now;
        return withdrawals.persist(withdrawal).onFailure(DuplicateKeys::isDuplicateKey).recoverWithNull();
    }

    /** Draws a claimed automatic withdrawal's accounts one at a time, {@code monitor.auto-withdraw.pause} apart. */
    public Uni<WithdrawalView> runAutomatic(Withdrawal claimed, List<OneThingAccount> eligible, Language language) {
        return execute(claimed, eligible, language);
    }

    /** Takes over and finishes the automatic withdrawals whose replica died; answers how many. */
    public Uni<Integer> resumeAbandonedAutomatic() {
        return withdrawals.abandonedAutomatic(clock.instant(), timeout)
                .onItem().transformToMulti(Multi.createFrom()::iterable)
                .onItem().transformToUniAndConcatenate(found -> withdrawals.takeOver(found, newRunId(), clock.instant(), timeout)
                        .flatMap(taken -> taken == null ? Uni.createFrom().item(false)
                                : autoNotice.languageOf(taken.ownerId).flatMap(language -> resume(taken, language)).replaceWith(true)))
                .collect().asList()
                .map(resumed -> (int) resumed.stream().filter(Boolean::booleanValue).count());
    }

    public Uni<WithdrawalView> lastAutomatic(ObjectId ownerId) {
        return withdrawals.lastAutomatic(ownerId).map(found -> found == null ? null : WithdrawalView.of(found));
    }

    private record Request(ObjectId ownerId, String idempotencyKey, List<String> accountIds, Language language) {
    }

    private Uni<WithdrawalView> start(Request request, int pollsLeft) {
        return selectAccounts(request.ownerId(), request.accountIds())
                .call(selected -> settleAbandoned(request.ownerId(), request.language()))
                .flatMap(selected -> claim(request, selected).flatMap(claimed -> claimed != null
                        ? execute(claimed, selected, request.language())
                        : withdrawals.findByKey(request.ownerId(), request.idempotencyKey())
                                .flatMap(raced -> awaitOrTakeOver(request, raced, pollsLeft))));
    }

    /** Inserts the in-progress record; null when another request already holds this key. */
    private Uni<Withdrawal> claim(Request request, List<OneThingAccount> selected) {
        Instant now = clock.instant();
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.id = new ObjectId();
        withdrawal.ownerId = request.ownerId();
        withdrawal.idempotencyKey = request.idempotencyKey();
        withdrawal.trigger = Withdrawal.Trigger.MANUAL;
        withdrawal.state = Withdrawal.State.IN_PROGRESS;
        withdrawal.accountIds = selected.stream().map(account -> account.id).toList();
        withdrawal.runId = newRunId();
        withdrawal.leaseUntil = now.plus(timeout);
        withdrawal.total = BigDecimal.ZERO;
        withdrawal.createdAt = now;
        return withdrawals.persist(withdrawal)
                .onFailure(DuplicateKeys::isDuplicateKey).recoverWithNull();
    }

    /**
     * An earlier request's answer: at once when it is done; taken over when its run is gone; else waited for
     * briefly (409 if it is still drawing then). A key whose first request drew nothing left no row: started afresh.
     */
    private Uni<WithdrawalView> awaitOrTakeOver(Request request, Withdrawal found, int pollsLeft) {
        if (found == null) {
            return pollsLeft > 0 ? start(request, pollsLeft - 1) : inProgress();
        }
        if (found.state == Withdrawal.State.COMPLETED) {
            return Uni.createFrom().item(WithdrawalView.of(found));
        }
        Uni<WithdrawalView> later = pollsLeft <= 0 ? inProgress()
                : Uni.createFrom().voidItem().onItem().delayIt().by(REPLAY_POLL)
                        .flatMap(ignored -> withdrawals.findByKey(request.ownerId(), request.idempotencyKey()))
                        .flatMap(latest -> awaitOrTakeOver(request, latest, pollsLeft - 1));
        if (!abandoned(found)) {
            return later;
        }
        return withdrawals.takeOver(found, newRunId(), clock.instant(), timeout)
                .flatMap(taken -> taken == null ? later : resume(taken, request.language()));
    }

    /** Before a new request draws anything, the caller's abandoned withdrawals are settled (their draws may have gone through). */
    private Uni<Void> settleAbandoned(ObjectId ownerId, Language language) {
        return withdrawals.abandoned(ownerId, clock.instant(), timeout)
                .onItem().transformToMulti(Multi.createFrom()::iterable)
                .onItem().transformToUniAndConcatenate(found -> withdrawals.takeOver(found, newRunId(), clock.instant(), timeout)
                        .flatMap(taken -> taken == null ? Uni.createFrom().nullItem() : resume(taken, language))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("Abandoned withdrawal %s could not be settled now: %s", found.id, failure.toString());
                            return null;
                        }))
                .collect().asList().replaceWithVoid();
    }

    private Uni<WithdrawalView> resume(Withdrawal taken, Language language) {
        LOG.infof("Withdrawal %s of user %s was abandoned by its run; settling it", taken.id, taken.ownerId);
        Set<ObjectId> wanted = Set.copyOf(taken.accountIds);
        return accounts.listByOwner(taken.ownerId)
                .map(owned -> owned.stream().filter(account -> wanted.contains(account.id)).toList())
                .flatMap(selected -> execute(taken, selected, language));
    }

    private Uni<WithdrawalView> execute(Withdrawal withdrawal, List<OneThingAccount> selected, Language language) {
        List<OneThingAccount> unsettled = selected.stream()
                .filter(account -> !withdrawal.settled.containsKey(account.id.toHexString())).toList();
        boolean automatic = withdrawal.trigger == Withdrawal.Trigger.AUTO;
        Multi<OneThingAccount> each = Multi.createFrom().iterable(unsettled);
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        Multi<Withdrawal.AccountResult> drawing = automatic
                ? each.onItem().transformToUniAndConcatenate(account -> pauseUnlessFirst(first)
                        .flatMap(ignored -> drawExclusively(withdrawal, account, language)))
                : each.onItem().transformToUni(account -> drawExclusively(withdrawal, account, language)).merge(ACCOUNTS_AT_ONCE);
        return drawing
                .collect().asList()
                .flatMap(drawn -> {
                    List<Withdrawal.AccountResult> results = new ArrayList<>(withdrawal.settled.values());
                    results.addAll(drawn);
                    results.sort(Comparator.comparing(result -> result.accountId));
                    BigDecimal total = results.stream().filter(result -> result.status == Withdrawal.Outcome.DONE)
                            .map(result -> result.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    withdrawal.results = results;
                    withdrawal.total = total;
                    withdrawal.completedAt = clock.instant();
                    // An automatic slot keeps its row even when it drew nothing: it is the slot's claim and its lastRun.
                    if (!automatic && results.stream().allMatch(result -> result.status == Withdrawal.Outcome.SKIPPED)) {
                        return withdrawals.discard(withdrawal);
                    }
                    withdrawal.state = Withdrawal.State.COMPLETED;
                    LOG.infof("Withdrawal %s (%s) of user %s drew %s coins over %d accounts",
                            withdrawal.id, automatic ? "automatic" : "manual", withdrawal.ownerId, total, results.size());
                    Uni<Void> completed = withdrawals.complete(withdrawal, results, total, withdrawal.completedAt);
                    return automatic ? completed.call(() -> autoNotice.send(withdrawal)) : completed;
                })
                .map(stored -> WithdrawalView.of(withdrawal));
    }

    /** Draws one account under its draw lease; an account another withdrawal is drawing is skipped, not waited for. */
    private Uni<Withdrawal.AccountResult> drawExclusively(Withdrawal withdrawal, OneThingAccount account, Language language) {
        Instant now = clock.instant();
        String accountId = account.id.toHexString();
        return leases.claim(account.id, withdrawal.runId, now, now.plus(timeout)).flatMap(claimed -> {
            if (!claimed) {
                return Uni.createFrom().item(AccountDrawer.result(account, BigDecimal.ZERO, Withdrawal.Outcome.SKIPPED,
                        WithdrawMessage.ACCOUNT_BUSY.in(language)));
            }
            AccountDrawer.DrawJournal journal = pending -> withdrawals.journal(withdrawal, accountId, pending, clock.instant().plus(timeout));
            return drawer.draw(account, withdrawal.drawing.get(accountId), journal, language)
                    .call(result -> withdrawals.settle(withdrawal, result, clock.instant().plus(timeout)))
                    .eventually(() -> leases.release(account.id, withdrawal.runId));
        });
    }

    private Uni<Void> pauseUnlessFirst(java.util.concurrent.atomic.AtomicBoolean first) {
        return first.getAndSet(false) || autoPause.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(autoPause);
    }

    private boolean abandoned(Withdrawal found) {
        Instant now = clock.instant();
        return found.leaseUntil != null ? found.leaseUntil.isBefore(now) : found.createdAt.plus(timeout).isBefore(now);
    }

    private static Uni<WithdrawalView> inProgress() {
        return Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, WithdrawMessage.KEY_IN_PROGRESS));
    }

    private static String newRunId() {
        return UUID.randomUUID().toString();
    }

    private Uni<List<OneThingAccount>> selectAccounts(ObjectId ownerId, List<String> accountIds) {
        return accounts.listByOwner(ownerId).map(owned -> {
            if (accountIds == null || accountIds.isEmpty()) {
                return owned;
            }
            Set<String> ownedIds = owned.stream().map(account -> account.id.toHexString()).collect(Collectors.toSet());
            if (!ownedIds.containsAll(accountIds)) {
                throw ApiException.notFound();
            }
            Set<String> wanted = Set.copyOf(accountIds);
            return owned.stream().filter(account -> wanted.contains(account.id.toHexString())).toList();
        });
    }
}
