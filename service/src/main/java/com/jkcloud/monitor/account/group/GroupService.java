package com.jkcloud.monitor.account.group;

import com.jkcloud.monitor.account.AccountDataChanged;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.group.api.GroupView;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.store.DuplicateKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Creating, renaming and deleting a user's account groups; deleting one keeps its accounts. */
@ApplicationScoped
public class GroupService {

    private static final int MAX_NAME_LENGTH = 64;

    private final GroupRepository groups;
    private final AccountRepository accounts;
    private final Event<AccountDataChanged> changed;
    private final Clock clock;

    public GroupService(GroupRepository groups, AccountRepository accounts, Event<AccountDataChanged> changed, Clock clock) {
        this.groups = groups;
        this.accounts = accounts;
        this.changed = changed;
        this.clock = clock;
    }

    public Uni<List<GroupView>> list(ObjectId ownerId) {
        return groups.listByOwner(ownerId).flatMap(owned -> owned.isEmpty() ? Uni.createFrom().item(List.<GroupView>of())
                : accounts.countByGroup(ownerId).map(counts -> owned.stream()
                        .map(group -> GroupView.of(group, counts.getOrDefault(group.id, 0L))).toList()));
    }

    public Uni<GroupView> get(ObjectId ownerId, ObjectId groupId) {
        return owned(ownerId, groupId).flatMap(this::withCount);
    }

    public Uni<GroupView> create(ObjectId ownerId, String requestedName) {
        String name = validName(requestedName);
        AccountGroup group = new AccountGroup();
        group.id = new ObjectId();
        group.ownerId = ownerId;
        group.name = name;
        group.nameKey = key(name);
        group.createdAt = clock.instant();
        return groups.persist(group)
                .onFailure(DuplicateKeys::isDuplicateKey).transform(duplicate -> nameTaken())
                .map(created -> GroupView.of(created, 0));
    }

    public Uni<GroupView> rename(ObjectId ownerId, ObjectId groupId, String requestedName) {
        String name = validName(requestedName);
        return groups.rename(groupId, ownerId, name, key(name))
                .onFailure(DuplicateKeys::isDuplicateKey).transform(duplicate -> nameTaken())
                .flatMap(renamed -> {
                    if (!renamed) {
                        throw ApiException.notFound();
                    }
                    return get(ownerId, groupId);
                });
    }

    /** Deletes the group, then takes every account out of it with one update. */
    public Uni<Void> delete(ObjectId ownerId, ObjectId groupId) {
        return groups.deleteOwned(groupId, ownerId).flatMap(deleted -> {
            if (!deleted) {
                throw ApiException.notFound();
            }
            return accounts.leaveGroup(ownerId, groupId);
        }).invoke(() -> changed.fire(new AccountDataChanged(ownerId)));
    }

    /** The owner's group of that name, made if missing (two imports racing to make it get the same one). */
    public Uni<AccountGroup> findOrCreate(ObjectId ownerId, String name) {
        return groups.findByName(ownerId, validName(name)).flatMap(found -> found != null ? Uni.createFrom().item(found)
                : create(ownerId, name).onFailure(ApiException.class).recoverWithNull()
                        .flatMap(created -> groups.findByName(ownerId, name)));
    }

    /** The group if it is the owner's, else 404. */
    public Uni<AccountGroup> owned(ObjectId ownerId, ObjectId groupId) {
        return groups.findOwned(groupId, ownerId).map(group -> {
            if (group == null) {
                throw ApiException.notFound();
            }
            return group;
        });
    }

    private Uni<GroupView> withCount(AccountGroup group) {
        return accounts.countByGroup(group.ownerId).map(counts -> GroupView.of(group, counts.getOrDefault(group.id, 0L)));
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw ApiException.invalidField("name", GroupMessage.NAME_REQUIRED);
        }
        return trimmed;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static ApiException nameTaken() {
        return new ApiException(ErrorCode.CONFLICT, GroupMessage.NAME_TAKEN);
    }
}
