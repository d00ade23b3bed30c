package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.group.GroupRepository;
import com.jkcloud.monitor.common.api.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/** The caller's accounts a figure covers: all, one account, or one group's (404 for an id that isn't theirs). */
@ApplicationScoped
public class AccountScope {

    /** Accounts of all owners kept (a few kB each). */
    private static final long MOST_KEPT_ACCOUNTS = 50_000;

    private final AccountRepository accounts;
    private final GroupRepository groups;
    /** The owner's accounts as fleet pages last read them (a big owner's accounts are a long read); read-only. */
    private final KeptAnswers<ObjectId, List<OneThingAccount>> kept;

    public AccountScope(AccountRepository accounts, GroupRepository groups, OwnerChanges changes,
                        @ConfigProperty(name = "quarkus.mongodb.connection-string") Optional<String> sharedStore) {
        this.accounts = accounts;
        this.groups = groups;
        this.kept = new KeptAnswers<>(changes, sharedStore, MOST_KEPT_ACCOUNTS, List::size, ownerId -> ownerId, accounts::listByOwner);
    }

    public Uni<List<OneThingAccount>> of(ObjectId ownerId, ObjectId accountId, ObjectId groupId) {
        return within(accounts.listByOwner(ownerId), ownerId, accountId, groupId);
    }

    /** Like {@link #of} from the accounts kept since the owner's data last changed (read-only). */
    Uni<List<OneThingAccount>> ofKept(ObjectId ownerId, ObjectId accountId, ObjectId groupId) {
        return within(kept.fresh(ownerId), ownerId, accountId, groupId);
    }

    private Uni<List<OneThingAccount>> within(Uni<List<OneThingAccount>> owner, ObjectId ownerId, ObjectId accountId, ObjectId groupId) {
        Uni<Void> groupChecked = groupId == null ? Uni.createFrom().voidItem()
                : groups.findOwned(groupId, ownerId).map(group -> {
                    if (group == null) {
                        throw ApiException.notFound();
                    }
                    return null;
                });
        return groupChecked.flatMap(checked -> owner).map(owned -> {
            if (accountId != null && owned.stream().noneMatch(account -> account.id.equals(accountId))) {
                throw ApiException.notFound();
            }
            return owned.stream()
                    .filter(account -> accountId == null || account.id.equals(accountId))
                    .filter(account -> groupId == null || groupId.equals(account.groupId))
                    .toList();
        });
    }
}
