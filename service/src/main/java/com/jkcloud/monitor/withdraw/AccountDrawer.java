package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.account.AccountDataChanged;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountSecrets;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.onething.FailureKind;
import com.jkcloud.monitor.onething.IncomeHistory;
import com.jkcloud.monitor.onething.OneThingCredentials;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

import java.math.BigDecimal;

/**
 * Draws one account's withdrawable coins (the caller holds the account's draw lease): fresh figures from upstream
 * first (never a stale amount); a draw journaled by an earlier, abandoned run is settled from upstream's
 * {@code totalOutcome} instead of being sent again; otherwise the draw is journaled, sent with one of the account's
 * devices as {@code peerid}, and the new total stored.
 */
@ApplicationScoped
public class AccountDrawer {

    private static final Logger LOG = Logger.getLogger(AccountDrawer.class);

    /** Writes the draw down before it is sent; false means "don't send it" (the run lost its withdrawal). */
    @FunctionalInterface
    public interface DrawJournal {
        Uni<Boolean> beforeDraw(Withdrawal.PendingDraw draw);
    }

    private record Figures(BigDecimal totalIncome, BigDecimal totalOutcome) {
        BigDecimal drawable() {
            return Coins.drawable(totalIncome.subtract(totalOutcome));
        }
    }

    private final OneThingGateway gateway;
    private final AccountSecrets secrets;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final Event<AccountDataChanged> changed;

    public AccountDrawer(OneThingGateway gateway, AccountSecrets secrets, AccountRepository accounts,
                         DeviceRepository devices, Event<AccountDataChanged> changed) {
        this.gateway = gateway;
        this.secrets = secrets;
        this.accounts = accounts;
        this.devices = devices;
        this.changed = changed;
    }

    /** {@code earlier}: the draw an abandoned run journaled for this account, or null. */
    public Uni<Withdrawal.AccountResult> draw(OneThingAccount account, Withdrawal.PendingDraw earlier, DrawJournal journal,
                                              Language language) {
        OneThingCredentials credentials = secrets.credentials(account);
        return figures(credentials).flatMap(read -> {
            if (read instanceof OneThingResult.Failed<Figures> failed) {
                return Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED, failed.message()));
            }
            Figures figures = ((OneThingResult.Ok<Figures>) read).value();
            if (earlier != null && wentThrough(earlier, figures.totalOutcome())) {
                LOG.infof("Account %s: a draw of an abandoned withdrawal is in upstream's history; recorded, not sent again", account.id);
                return recordWithdrawn(account, figures.totalOutcome()).replaceWith(
                        result(account, earlier.amount, Withdrawal.Outcome.DONE, WithdrawMessage.FOUND_IN_HISTORY.in(language)));
            }
            BigDecimal amount = figures.drawable();
            if (amount.signum() <= 0) {
                return Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.SKIPPED,
                        WithdrawMessage.NOTHING_TO_DRAW.in(language)));
            }
            return devices.findByKeys(account.id, account.deviceIds).flatMap(owned -> {
                if (owned.isEmpty()) {
                    return Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED,
                            WithdrawMessage.NO_DEVICE.in(language)));
                }
                Withdrawal.PendingDraw pending = new Withdrawal.PendingDraw();
                pending.amount = amount;
                pending.outcomeBefore = figures.totalOutcome();
                return journal.beforeDraw(pending).flatMap(mayDraw -> mayDraw
                        ? send(account, credentials, pending, owned.get(0).peerId, language)
                        : Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.SKIPPED,
                                WithdrawMessage.ACCOUNT_BUSY.in(language))));
            });
        });
    }

    private Uni<Withdrawal.AccountResult> send(OneThingAccount account, OneThingCredentials credentials,
                                               Withdrawal.PendingDraw pending, String peerId, Language language) {
        return gateway.withdraw(credentials, pending.amount, peerId).flatMap(drawn -> gateway.totalWithdrawn(credentials)
                .flatMap(after -> {
                    BigDecimal totalOutcome = after instanceof OneThingResult.Ok<BigDecimal> ok ? ok.value() : null;
                    String upstreamMessage = drawn instanceof OneThingResult.Ok<String> ok ? ok.value()
                            : ((OneThingResult.Failed<String>) drawn).message();
                    Withdrawal.AccountResult result;
                    if (drawn.isOk()) {
                        result = result(account, pending.amount, Withdrawal.Outcome.DONE, upstreamMessage);
                    } else if (totalOutcome != null && wentThrough(pending, totalOutcome)) {
                        // The answer was lost (a timeout, a reset), but the draw is in upstream's history.
                        result = result(account, pending.amount, Withdrawal.Outcome.DONE, WithdrawMessage.FOUND_IN_HISTORY.in(language));
                    } else if (totalOutcome == null && !answeredByUpstream(drawn)) {
                        // Neither the draw's answer nor the history came back: say so rather than "not drawn".
                        result = result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED,
                                WithdrawMessage.DRAW_UNCONFIRMED.in(language) + " (" + upstreamMessage + ")");
                    } else {
                        result = result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED, upstreamMessage);
                    }
                    if (totalOutcome == null) {
                        LOG.warnf("Account %s: the total withdrawn after a draw could not be read; the next poll will fix it", account.id);
                        return Uni.createFrom().item(result);
                    }
                    return recordWithdrawn(account, totalOutcome).replaceWith(result);
                }));
    }

    private Uni<OneThingResult<Figures>> figures(OneThingCredentials credentials) {
        return gateway.incomes(credentials, false).flatMap(incomes -> {
            if (incomes instanceof OneThingResult.Failed<IncomeHistory> failed) {
                return Uni.createFrom().item(OneThingResult.<Figures>failed(failed.kind(), failed.message()));
            }
            BigDecimal totalIncome = ((OneThingResult.Ok<IncomeHistory>) incomes).value().totalIncome();
            return gateway.totalWithdrawn(credentials).map(withdrawn -> withdrawn.map(outcome -> new Figures(totalIncome, outcome)));
        });
    }

    /** A refusal upstream answered (non-zero iRet), as opposed to no usable answer at all. */
    private static boolean answeredByUpstream(OneThingResult<String> drawn) {
        return drawn instanceof OneThingResult.Failed<String> failed && failed.kind() == FailureKind.UPSTREAM_ERROR;
    }

    private static boolean wentThrough(Withdrawal.PendingDraw draw, BigDecimal totalOutcome) {
        return totalOutcome.compareTo(draw.outcomeBefore.add(draw.amount)) >= 0;
    }

    /** After a draw the stored figures must not show coins that are gone. */
    private Uni<Void> recordWithdrawn(OneThingAccount account, BigDecimal totalOutcome) {
        return accounts.recordWithdrawn(account.id, totalOutcome)
                .invoke(() -> changed.fire(new AccountDataChanged(account.ownerId)));
    }

    static Withdrawal.AccountResult result(OneThingAccount account, BigDecimal amount, Withdrawal.Outcome status, String message) {
        Withdrawal.AccountResult result = new Withdrawal.AccountResult();
        result.accountId = account.id.toHexString();
        result.accountName = account.name;
        result.amount = amount;
        result.status = status;
        result.message = message;
        return result;
    }
}
