package com.jkcloud.monitor.account;

import com.jkcloud.monitor.account.api.AccountView;
import com.jkcloud.monitor.account.api.BindAccountRequest;
import com.jkcloud.monitor.account.api.ChangeAccountRequest;
import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.auth.Usernames;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.jkcloud.monitor.onething.LoginType;
import com.jkcloud.monitor.onething.OneThingCredentials;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.onething.OneThingResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** Binding, listing, renaming, re-keying and unbinding a user's OneThing accounts. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final DailyIncomeRepository dailyIncomes;
    private final AccountSecrets secrets;
    private final OneThingGateway gateway;
    private final AccountRefresher refresher;
    private final DeviceViews deviceViews;
    private final Event<AccountBinding> binding;
    private final Event<AccountPasswordReplacing> passwordReplacing;
    private final Event<AccountUnbound> unbound;
    private final Event<AccountDataChanged> changed;
    private final Clock clock;

    public AccountService(AccountRepository accounts, DeviceRepository devices, DailyIncomeRepository dailyIncomes,
                          AccountSecrets secrets, OneThingGateway gateway, AccountRefresher refresher,
                          DeviceViews deviceViews, Event<AccountBinding> binding,
                          Event<AccountPasswordReplacing> passwordReplacing, Event<AccountUnbound> unbound,
                          Event<AccountDataChanged> changed, Clock clock) {
        this.accounts = accounts;
        this.devices = devices;
        this.dailyIncomes = dailyIncomes;
        this.secrets = secrets;
        this.gateway = gateway;
        this.refresher = refresher;
        this.deviceViews = deviceViews;
        this.binding = binding;
        this.passwordReplacing = passwordReplacing;
        this.unbound = unbound;
        this.changed = changed;
        this.clock = clock;
    }

    /** Logs in upstream first; binds only on success, then refreshes once so the user sees data at once. */
    public Uni<AccountView> bind(ObjectId ownerId, BindAccountRequest request) {
        Usernames.Username username = Usernames.parse(request.username(), "username");
        OneThingCredentials credentials = new OneThingCredentials(username.value(), LoginType.of(username.value()),
                OneThingPasswords.derivePwd(request.password()));
        return accounts.existsByUsername(username.value()).flatMap(bound -> {
            if (bound) {
                throw new ApiException(ErrorCode.CONFLICT, AccountMessage.ALREADY_BOUND);
            }
            return verified(credentials);
        }).flatMap(verified -> accounts.persist(newAccount(ownerId, credentials, request.name())))
                .onFailure(DuplicateKeys::isDuplicateKey)
                .transform(duplicate -> new ApiException(ErrorCode.CONFLICT, AccountMessage.ALREADY_BOUND))
                .invoke(account -> LOG.infof("User %s bound OneThing account %s", ownerId, account.id))
                .flatMap(account -> refresher.refresh(account)
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("First refresh of account %s failed: %s", account.id, failure.getMessage());
                            return null;
                        })
                        .replaceWith(account))
                .invoke(account -> changed.fire(new AccountDataChanged(ownerId)))
                .map(AccountView::of);
    }

    public Uni<List<AccountView>> list(ObjectId ownerId) {
        return accounts.listByOwner(ownerId).map(owned -> owned.stream().map(AccountView::of).toList());
    }

    public Uni<AccountView> get(ObjectId ownerId, ObjectId accountId) {
        return owned(ownerId, accountId).map(AccountView::of);
    }

    public Uni<AccountView> change(ObjectId ownerId, ObjectId accountId, ChangeAccountRequest change) {
        if (change.name() == null && change.password() == null) {
            throw ApiException.invalidField("name", AccountMessage.NOTHING_TO_CHANGE);
        }
        return owned(ownerId, accountId).flatMap(account -> {
            Map<String, Object> fields = new HashMap<>();
            Instant now = clock.instant();
            fields.put("updatedAt", now);
            if (change.name() != null) {
                account.name = change.name().isBlank() ? null : change.name().trim();
                fields.put("name", account.name);
            }
            Uni<Void> verified = Uni.createFrom().voidItem();
            if (change.password() != null) {
                String pwd = OneThingPasswords.derivePwd(change.password());
                verified = verified(new OneThingCredentials(account.username, account.loginType, pwd)).invoke(() -> {
                    account.encryptedPwd = secrets.seal(account.username, pwd);
                    account.status = AccountStatus.OK;
                    account.statusMessage = null;
                    passwordReplacing.fire(new AccountPasswordReplacing(account, now));
                    fields.put("encryptedPwd", account.encryptedPwd);
                    fields.put("status", AccountStatus.OK.name());
                    fields.put("statusMessage", null);
                    fields.put("nextPollAt", account.nextPollAt);
                    fields.put("consecutiveFailures", account.consecutiveFailures);
                    LOG.infof("User %s replaced the password of account %s", ownerId, accountId);
                });
            }
            return verified.flatMap(ok -> accounts.setFields(account.id, fields)).replaceWith(account);
        }).invoke(account -> changed.fire(new AccountDataChanged(ownerId))).map(AccountView::of);
    }

    public Uni<Void> unbind(ObjectId ownerId, ObjectId accountId) {
        return owned(ownerId, accountId)
                .flatMap(account -> accounts.deleteById(account.id))
                .flatMap(deleted -> devices.deleteByAccount(accountId))
                .flatMap(deleted -> dailyIncomes.deleteByAccount(accountId))
                .flatMap(deleted -> Uni.createFrom().completionStage(() -> unbound.fireAsync(new AccountUnbound(accountId, ownerId))))
                .onFailure(CompletionException.class).transform(AccountService::observerFailure)
                .invoke(() -> changed.fire(new AccountDataChanged(ownerId)))
                .invoke(() -> LOG.infof("User %s unbound account %s", ownerId, accountId))
                .replaceWithVoid();
    }

    public Uni<List<DeviceView>> devices(ObjectId ownerId, ObjectId accountId) {
        return owned(ownerId, accountId).flatMap(account -> devices.listByAccount(account.id)
                .map(listed -> deviceViews.of(List.of(account), listed)));
    }

    private Uni<OneThingAccount> owned(ObjectId ownerId, ObjectId accountId) {
        return accounts.findOwned(accountId, ownerId).map(account -> {
            if (account == null) {
                throw ApiException.notFound();
            }
            return account;
        });
    }

    private Uni<Void> verified(OneThingCredentials credentials) {
        return gateway.login(credentials).map(result -> {
            if (result instanceof OneThingResult.Failed<Void> failed) {
                throw UpstreamFailures.toApiException(failed.kind());
            }
            return null;
        });
    }

    private OneThingAccount newAccount(ObjectId ownerId, OneThingCredentials credentials, String name) {
        Instant now = clock.instant();
        OneThingAccount account = new OneThingAccount();
        account.id = new ObjectId();
        account.ownerId = ownerId;
        account.username = credentials.username();
        account.loginType = credentials.loginType();
        account.name = name == null || name.isBlank() ? null : name.trim();
        account.encryptedPwd = secrets.seal(credentials.username(), credentials.pwd());
        account.status = AccountStatus.OK;
        account.createdAt = now;
        account.updatedAt = now;
        account.lastPolledAt = now;
        binding.fire(new AccountBinding(account, now));
        return account;
    }

    /** An async observer's failure arrives wrapped; answer with what actually went wrong (e.g. the store is down). */
    private static Throwable observerFailure(Throwable wrapped) {
        if (wrapped.getCause() != null) {
            return wrapped.getCause();
        }
        return wrapped.getSuppressed().length > 0 ? wrapped.getSuppressed()[0] : wrapped;
    }
}
