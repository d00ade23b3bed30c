package com.jkcloud.monitor.account;

import com.jkcloud.monitor.account.api.AccountView;
import com.jkcloud.monitor.account.api.BindAccountRequest;
import com.jkcloud.monitor.account.api.ChangeAccountRequest;
import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.account.availability.StatusIntervalRepository;
import com.jkcloud.monitor.account.group.GroupRepository;
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
    private final GroupRepository groups;
    private final StatusIntervalRepository statusIntervals;
    private final Event<AccountBinding> binding;
    private final Event<AccountPasswordReplacing> passwordReplacing;
    private final Event<AccountUnbound> unbound;
    private final Event<AccountDataChanged> changed;
    private final Event<AccountBound> bound;
    private final Event<AccountPasswordReplaced> passwordReplaced;
    private final PollTimes pollTimes;
    private final Clock clock;

    public AccountService(AccountRepository accounts, DeviceRepository devices, DailyIncomeRepository dailyIncomes,
                          AccountSecrets secrets, OneThingGateway gateway, AccountRefresher refresher,
                          DeviceViews deviceViews, GroupRepository groups,
                          StatusIntervalRepository statusIntervals, Event<AccountBinding> binding,
                          Event<AccountPasswordReplacing> passwordReplacing, Event<AccountUnbound> unbound,
                          Event<AccountDataChanged> changed, Event<AccountBound> bound,
                          Event<AccountPasswordReplaced> passwordReplaced, PollTimes pollTimes, Clock clock) {
        this.accounts = accounts;
        this.devices = devices;
        this.dailyIncomes = dailyIncomes;
        this.secrets = secrets;
        this.gateway = gateway;
        this.refresher = refresher;
        this.deviceViews = deviceViews;
        this.groups = groups;
        this.statusIntervals = statusIntervals;
        this.binding = binding;
        this.passwordReplacing = passwordReplacing;
        this.unbound = unbound;
        this.changed = changed;
        this.bound = bound;
        this.passwordReplaced = passwordReplaced;
        this.pollTimes = pollTimes;
        this.clock = clock;
    }

    /** Logs in upstream first; binds only on success, then refreshes once so the user sees data at once. */
    public Uni<AccountView> bind(ObjectId ownerId, BindAccountRequest request) {
        return bound(ownerId, request).flatMap(this::view);
    }

    private Uni<OneThingAccount> bound(ObjectId ownerId, BindAccountRequest request) {
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
                .call(account -> announce(bound, new AccountBound(account.id, ownerId, account.createdAt)))
                .flatMap(account -> refresher.refresh(account)
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("First refresh of account %s failed: %s", account.id, failure.getMessage());
                            return null;
                        })
                        .replaceWith(account))
                .invoke(account -> changed.fire(new AccountDataChanged(ownerId)));
    }

    /** A bulk import's bind: the same path as a single bind, then into the line's group (if it names one); the account's id. */
    public Uni<ObjectId> bindIntoGroup(ObjectId ownerId, BindAccountRequest request, ObjectId groupId) {
        return bound(ownerId, request).flatMap(account -> groupId == null ? Uni.createFrom().item(account.id)
                : accounts.setFields(account.id, Map.of("groupId", groupId))
                        .invoke(() -> changed.fire(new AccountDataChanged(ownerId))).replaceWith(account.id));
    }

    public Uni<List<AccountView>> list(ObjectId ownerId) {
        return accounts.listByOwner(ownerId).flatMap(owned -> pollTimes.nextPolls(owned.stream().map(account -> account.id).toList())
                .map(next -> owned.stream().map(account -> AccountView.of(account, next.get(account.id))).toList()));
    }

    public Uni<AccountView> get(ObjectId ownerId, ObjectId accountId) {
        return owned(ownerId, accountId).flatMap(this::view);
    }

    public Uni<AccountView> change(ObjectId ownerId, ObjectId accountId, ChangeAccountRequest change) {
        if (change.name() == null && change.password() == null && change.groupId() == null) {
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
            Uni<Void> verified = groupJoined(ownerId, account, change, fields);
            if (change.password() != null) {
                String pwd = OneThingPasswords.derivePwd(change.password());
                verified = verified.flatMap(grouped -> verified(new OneThingCredentials(account.username, account.loginType, pwd))).invoke(() -> {
                    account.encryptedPwd = secrets.seal(account.username, pwd);
                    account.status = AccountStatus.OK;
                    account.statusMessage = null;
                    passwordReplacing.fire(new AccountPasswordReplacing(account, now));
                    fields.put("encryptedPwd", account.encryptedPwd);
                    fields.put("status", AccountStatus.OK.name());
                    fields.put("statusMessage", null);
                    LOG.infof("User %s replaced the password of account %s", ownerId, accountId);
                });
            }
            Uni<Void> stored = verified.flatMap(ok -> accounts.setFields(account.id, fields));
            return (change.password() == null ? stored
                    : stored.flatMap(ok -> announce(passwordReplaced, new AccountPasswordReplaced(account.id, ownerId, now))))
                    .replaceWith(account);
        }).invoke(account -> changed.fire(new AccountDataChanged(ownerId))).flatMap(this::view);
    }

    public Uni<Void> unbind(ObjectId ownerId, ObjectId accountId) {
        return owned(ownerId, accountId)
                .flatMap(account -> accounts.deleteById(account.id))
                .flatMap(deleted -> devices.deleteByAccount(accountId))
                .flatMap(deleted -> dailyIncomes.deleteByAccount(accountId))
                .flatMap(deleted -> statusIntervals.deleteByAccount(accountId))
                .flatMap(deleted -> announce(unbound, new AccountUnbound(accountId, ownerId)))
                .invoke(() -> changed.fire(new AccountDataChanged(ownerId)))
                .invoke(() -> LOG.infof("User %s unbound account %s", ownerId, accountId))
                .replaceWithVoid();
    }

    public Uni<List<DeviceView>> devices(ObjectId ownerId, ObjectId accountId) {
        return owned(ownerId, accountId).flatMap(account -> devices.listByAccount(account.id)
                .map(listed -> deviceViews.of(List.of(account), listed)));
    }

    private Uni<AccountView> view(OneThingAccount account) {
        return pollTimes.nextPolls(List.of(account.id)).map(next -> AccountView.of(account, next.get(account.id)));
    }

    /** Fires an event whose observers write the store, and waits for them: the answer comes after their writes. */
    private static <T> Uni<Void> announce(Event<T> event, T payload) {
        return Uni.createFrom().completionStage(() -> event.fireAsync(payload)).replaceWithVoid()
                .onFailure(CompletionException.class).transform(AccountService::observerFailure);
    }

    private Uni<OneThingAccount> owned(ObjectId ownerId, ObjectId accountId) {
        return accounts.findOwned(accountId, ownerId).map(account -> {
            if (account == null) {
                throw ApiException.notFound();
            }
            return account;
        });
    }

    /** Joins the named group (404 unless it is the owner's) or leaves the current one (a JSON null). */
    private Uni<Void> groupJoined(ObjectId ownerId, OneThingAccount account, ChangeAccountRequest change, Map<String, Object> fields) {
        if (change.groupId() == null) {
            return Uni.createFrom().voidItem();
        }
        if (change.groupId().isNull()) {
            account.groupId = null;
            fields.put("groupId", null);
            return Uni.createFrom().voidItem();
        }
        String id = change.groupId().asText();
        if (!change.groupId().isTextual() || !ObjectId.isValid(id)) {
            throw ApiException.notFound();
        }
        return groups.findOwned(new ObjectId(id), ownerId).map(group -> {
            if (group == null) {
                throw ApiException.notFound();
            }
            account.groupId = group.id;
            fields.put("groupId", group.id);
            return null;
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
