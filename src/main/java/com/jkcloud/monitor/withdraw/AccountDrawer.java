package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.account.AccountDataChanged;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountSecrets;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.onething.IncomeHistory;
import com.jkcloud.monitor.onething.OneThingCredentials;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Draws one account's withdrawable coins: fresh figures from upstream first (never a stale amount),
 * then the draw with one of the account's devices as {@code peerid}, then the new total is stored.
 */
@ApplicationScoped
public class AccountDrawer {

    private static final Logger LOG = Logger.getLogger(AccountDrawer.class);

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

    public Uni<Withdrawal.AccountResult> draw(OneThingAccount account, Language language) {
        OneThingCredentials credentials = secrets.credentials(account);
        return withdrawable(credentials).flatMap(available -> {
            if (available instanceof OneThingResult.Failed<BigDecimal> failed) {
                return Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED, failed.message()));
            }
            BigDecimal amount = ((OneThingResult.Ok<BigDecimal>) available).value().setScale(4, RoundingMode.DOWN);
            if (amount.signum() <= 0) {
                return Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.SKIPPED,
                        WithdrawMessage.NOTHING_TO_DRAW.in(language)));
            }
            return devices.findByKeys(account.id, account.deviceIds).flatMap(owned -> {
                if (owned.isEmpty()) {
                    return Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED,
                            WithdrawMessage.NO_DEVICE.in(language)));
                }
                return gateway.withdraw(credentials, amount, owned.get(0).peerId)
                        .flatMap(drawn -> drawn instanceof OneThingResult.Ok<String> ok
                                ? recordNewTotal(account, credentials).replaceWith(
                                        result(account, amount, Withdrawal.Outcome.DONE, ok.value()))
                                : Uni.createFrom().item(result(account, BigDecimal.ZERO, Withdrawal.Outcome.FAILED,
                                        ((OneThingResult.Failed<String>) drawn).message())));
            });
        });
    }

    private Uni<OneThingResult<BigDecimal>> withdrawable(OneThingCredentials credentials) {
        return gateway.incomes(credentials, false).flatMap(incomes -> {
            if (incomes instanceof OneThingResult.Failed<IncomeHistory> failed) {
                return Uni.createFrom().item(OneThingResult.<BigDecimal>failed(failed.kind(), failed.message()));
            }
            BigDecimal totalIncome = ((OneThingResult.Ok<IncomeHistory>) incomes).value().totalIncome();
            return gateway.totalWithdrawn(credentials).map(withdrawn -> withdrawn.map(totalIncome::subtract));
        });
    }

    /** After a draw the stored figures must not show coins that are gone. */
    private Uni<Void> recordNewTotal(OneThingAccount account, OneThingCredentials credentials) {
        return gateway.totalWithdrawn(credentials).flatMap(withdrawn -> {
            if (withdrawn instanceof OneThingResult.Ok<BigDecimal> ok) {
                return accounts.recordWithdrawn(account.id, ok.value())
                        .invoke(() -> changed.fire(new AccountDataChanged(account.ownerId)));
            }
            LOG.warnf("Account %s drew coins but its new total could not be read; the next poll will fix it", account.id);
            return Uni.createFrom().voidItem();
        });
    }

    private static Withdrawal.AccountResult result(OneThingAccount account, BigDecimal amount, Withdrawal.Outcome status,
                                                   String message) {
        Withdrawal.AccountResult result = new Withdrawal.AccountResult();
        result.accountId = account.id.toHexString();
        result.accountName = account.name;
        result.amount = amount;
        result.status = status;
        result.message = message;
        return result;
    }
}
