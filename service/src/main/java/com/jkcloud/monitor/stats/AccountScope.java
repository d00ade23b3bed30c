package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.group.GroupRepository;
import com.jkcloud.monitor.common.api.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.util.List;

/** The caller's accounts a figure covers: all, one account, or one group's (404 for an id that isn't theirs). */
@ApplicationScoped
public class AccountScope {

    private final AccountRepository accounts;
    private final GroupRepository groups;

    public AccountScope(AccountRepository accounts, GroupRepository groups) {
        this.accounts = accounts;
        this.groups = groups;
    }

    public Uni<List<OneThingAccount>> of(ObjectId ownerId, ObjectId accountId, ObjectId groupId) {
        Uni<Void> groupChecked = groupId == null ? Uni.createFrom().voidItem()
                : groups.findOwned(groupId, ownerId).map(group -> {
                    if (group == null) {
                        throw ApiException.notFound();
                    }
                    return null;
                });
        return groupChecked.flatMap(checked -> accounts.listByOwner(ownerId)).map(owned -> {
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
