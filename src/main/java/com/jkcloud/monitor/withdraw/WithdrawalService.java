package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.store.DuplicateKeys;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** "Withdraw all": one idempotent request draws every selected account; partial failure is not an error. */
@ApplicationScoped
public class WithdrawalService {

    private static final Logger LOG = Logger.getLogger(WithdrawalService.class);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final int ACCOUNTS_AT_ONCE = 4;
    private static final Duration REPLAY_POLL = Duration.ofMillis(200);
    private static final int REPLAY_POLLS = 150;

    private final WithdrawalRepository withdrawals;
    private final AccountRepository accounts;
    private final AccountDrawer drawer;
    private final Clock clock;

    public WithdrawalService(WithdrawalRepository withdrawals, AccountRepository accounts, AccountDrawer drawer, Clock clock) {
        this.withdrawals = withdrawals;
        this.accounts = accounts;
        this.drawer = drawer;
        this.clock = clock;
    }

    public Uni<WithdrawalView> withdrawAll(ObjectId ownerId, String idempotencyKey, List<String> accountIds, Language language) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, WithdrawMessage.KEY_REQUIRED);
        }
        return withdrawals.findByKey(ownerId, idempotencyKey).flatMap(existing -> existing != null
                ? replay(ownerId, idempotencyKey, existing)
                : selectAccounts(ownerId, accountIds).flatMap(selected -> claim(ownerId, idempotencyKey)
                        .flatMap(claimed -> claimed == null
                                ? withdrawals.findByKey(ownerId, idempotencyKey).flatMap(raced -> replay(ownerId, idempotencyKey, raced))
                                : execute(claimed, selected, language))));
    }

    public Uni<List<WithdrawalView>> history(ObjectId ownerId) {
        return withdrawals.history(ownerId).map(list -> list.stream().map(WithdrawalView::of).toList());
    }

    /** Inserts the in-progress record; null when another request already holds this key. */
    private Uni<Withdrawal> claim(ObjectId ownerId, String idempotencyKey) {
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.id = new ObjectId();
        withdrawal.ownerId = ownerId;
        withdrawal.idempotencyKey = idempotencyKey;
        withdrawal.state = Withdrawal.State.IN_PROGRESS;
        withdrawal.total = BigDecimal.ZERO;
        withdrawal.createdAt = clock.instant();
        return withdrawals.persist(withdrawal)
                .onFailure(DuplicateKeys::isDuplicateKey).recoverWithNull();
    }

    private Uni<WithdrawalView> execute(Withdrawal withdrawal, List<OneThingAccount> selected, Language language) {
        return Multi.createFrom().iterable(selected)
                .onItem().transformToUni(account -> drawer.draw(account, language)).merge(ACCOUNTS_AT_ONCE)
                .collect().asList()
                .flatMap(results -> {
                    results.sort(Comparator.comparing(result -> result.accountId));
                    BigDecimal total = results.stream().filter(result -> result.status == Withdrawal.Outcome.DONE)
                            .map(result -> result.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    Instant completedAt = clock.instant();
                    withdrawal.results = results;
                    withdrawal.total = total;
                    withdrawal.state = Withdrawal.State.COMPLETED;
                    withdrawal.completedAt = completedAt;
                    LOG.infof("Withdrawal %s of user %s drew %s coins over %d accounts",
                            withdrawal.id, withdrawal.ownerId, total, results.size());
                    return withdrawals.complete(withdrawal.id, results, total, completedAt);
                })
                .map(stored -> WithdrawalView.of(withdrawal));
    }

    /** The stored answer of an earlier request with this key; waits briefly while that one is still drawing. */
    private Uni<WithdrawalView> replay(ObjectId ownerId, String idempotencyKey, Withdrawal found) {
        if (found.state == Withdrawal.State.COMPLETED) {
            return Uni.createFrom().item(WithdrawalView.of(found));
        }
        return Uni.createFrom().deferred(() -> withdrawals.findByKey(ownerId, idempotencyKey))
                .onItem().delayIt().by(REPLAY_POLL)
                .repeat().whilst(latest -> latest == null || latest.state != Withdrawal.State.COMPLETED)
                .select().first(REPLAY_POLLS)
                .collect().last()
                .map(latest -> {
                    if (latest == null || latest.state != Withdrawal.State.COMPLETED) {
                        throw new ApiException(ErrorCode.CONFLICT, WithdrawMessage.KEY_IN_PROGRESS);
                    }
                    return WithdrawalView.of(latest);
                });
    }

    private Uni<List<OneThingAccount>> selectAccounts(ObjectId ownerId, List<String> accountIds) {
        return accounts.listByOwner(ownerId).map(owned -> {
            if (accountIds == null || accountIds.isEmpty()) {
                return owned;
            }
            Set<String> ownedIds = owned.stream().map(account -> account.id.toHexString()).collect(java.util.stream.Collectors.toSet());
            if (!ownedIds.containsAll(accountIds)) {
                throw ApiException.notFound();
            }
            Set<String> wanted = Set.copyOf(accountIds);
            return owned.stream().filter(account -> wanted.contains(account.id.toHexString())).toList();
        });
    }
}
