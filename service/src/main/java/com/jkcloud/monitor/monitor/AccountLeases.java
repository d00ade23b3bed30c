package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

/**
 * Replicas share the polling through the store: an account is polled by whoever holds its lease. A pass
 * reads the ids it wants once, then claims them a chunk at a time just before polling them: one insert of
 * the chunk's leases, one read of their poll states, one read of their accounts.
 */
@ApplicationScoped
public class AccountLeases {

    private final PollStateRepository states;
    private final PollLeaseRepository leases;
    private final AccountRepository accounts;
    private final MonitorConfig config;
    private final Clock clock;

    public AccountLeases(PollStateRepository states, PollLeaseRepository leases, AccountRepository accounts,
                         MonitorConfig config, Clock clock) {
        this.states = states;
        this.leases = leases;
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    /** Which accounts a pass wants: due ones, or (for "poll all") every working account not yet polled in this pass. */
    public record PassScope(boolean all, Instant passStart) {
        Bson filter(Instant now) {
            return all ? and(ne("nextPollAt", null), lt("lastPolledAt", passStart)) : lte("nextPollAt", now);
        }

        /** The same question asked of a state read after its lease was taken (another replica may have polled it). */
        boolean wants(PollState state, Instant now) {
            if (state.nextPollAt == null) {
                return false;
            }
            return all ? state.lastPolledAt != null && state.lastPolledAt.isBefore(passStart) : !state.nextPollAt.isAfter(now);
        }
    }

    /** An account this replica holds the lease of, with its poll state as it was when claimed. */
    public record Claimed(OneThingAccount account, PollState state) {
    }

    /** Every account of the scope this replica gets, claimed chunk by chunk as the consumer asks for more. */
    public Multi<Claimed> claimAll(String replica, PassScope scope) {
        AtomicBoolean claimedInRound = new AtomicBoolean(true);
        return Multi.createBy().repeating()
                .uni(() -> claimedInRound.getAndSet(false) ? states.idsMatching(scope.filter(clock.instant()))
                        : Uni.createFrom().item(List.<ObjectId>of()))
                .until(List::isEmpty)
                .onItem().transformToMultiAndConcatenate(ids -> Multi.createFrom().iterable(ids)
                        .group().intoLists().of(config.batchSize())
                        .onItem().transformToUniAndConcatenate(chunk -> claim(replica, scope, chunk))
                        .invoke(claimed -> {
                            if (!claimed.isEmpty()) {
                                claimedInRound.set(true);
                            }
                        })
                        .onItem().<Claimed>disjoint());
    }

    private Uni<List<Claimed>> claim(String replica, PassScope scope, List<ObjectId> chunk) {
        Instant now = clock.instant();
        return leases.take(chunk, replica, now.plus(config.lease()), now).flatMap(taken -> taken.isEmpty()
                ? Uni.createFrom().item(List.<Claimed>of())
                : states.ofAccounts(taken).flatMap(found -> {
                    Map<ObjectId, PollState> wanted = found.stream().filter(state -> scope.wants(state, now))
                            .collect(Collectors.toMap(state -> state.id, Function.identity()));
                    return accounts.listByIds(wanted.keySet()).flatMap(loaded -> {
                        List<Claimed> claimed = loaded.stream()
                                .map(account -> new Claimed(account, wanted.get(account.id))).toList();
                        Set<ObjectId> notPolled = new HashSet<>(taken);
                        claimed.forEach(one -> notPolled.remove(one.account().id));
                        return leases.giveBack(notPolled, replica).replaceWith(claimed);
                    });
                }));
    }

    /** What one poll decided: when it ran, when the next comes (null: paused) and the failures in a row. */
    public record Release(ObjectId accountId, Instant polledAt, Instant nextPollAt, int consecutiveFailures) {
    }

    /**
     * Stores what the polls decided, then gives their leases back (in that order, so whoever claims an account next
     * sees its poll): one bulk write and one delete. Answers the accounts unbound meanwhile (their state is gone).
     */
    public Uni<Set<ObjectId>> release(String replica, List<Release> releases) {
        List<ObjectId> ids = releases.stream().map(Release::accountId).toList();
        return states.recordPolls(releases).flatMap(matched -> matched == releases.size()
                        ? Uni.createFrom().item(Set.<ObjectId>of())
                        : states.ofAccounts(ids).map(found -> {
                            Set<ObjectId> gone = new HashSet<>(ids);
                            found.forEach(state -> gone.remove(state.id));
                            return gone;
                        }))
                .call(gone -> leases.giveBack(ids, replica));
    }

    public Uni<Long> countOverdue(Instant overdueBefore) {
        return states.countOverdue(overdueBefore);
    }
}
