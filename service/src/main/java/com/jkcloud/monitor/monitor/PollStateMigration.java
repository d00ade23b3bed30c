package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * One-off, in the background at start: poll schedules once kept on the accounts become poll states (an
 * existing state wins), then the old fields go. Copy before drop, both idempotent, so a crash or a second
 * replica doing the same in between changes nothing.
 */
@ApplicationScoped
public class PollStateMigration {

    private static final Logger LOG = Logger.getLogger(PollStateMigration.class);

    private final AccountRepository accounts;
    private final PollStateRepository states;

    public PollStateMigration(AccountRepository accounts, PollStateRepository states) {
        this.accounts = accounts;
        this.states = states;
    }

    void onStart(@Observes StartupEvent startup) {
        migrate().onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).atMost(20)
                .subscribe().with(moved -> {
                    if (moved > 0) {
                        LOG.infof("Moved the poll schedule of %d accounts into poll_states", moved);
                    }
                }, failure -> LOG.errorf("Moving poll schedules into poll_states failed: %s", failure.getMessage()));
    }

    /** Answers how many accounts still had the old fields. */
    public Uni<Integer> migrate() {
        return accounts.withLegacyPollFields().flatMap(legacy -> {
            List<PollState> moved = legacy.stream().map(fields -> {
                PollState state = new PollState();
                state.id = fields.accountId();
                state.nextPollAt = fields.nextPollAt();
                state.lastPolledAt = fields.lastPolledAt();
                state.consecutiveFailures = fields.consecutiveFailures();
                return state;
            }).toList();
            List<ObjectId> ids = moved.stream().map(state -> state.id).toList();
            return states.insertMissing(moved).flatMap(copied -> accounts.dropLegacyPollFields(ids)).replaceWith(moved.size());
        });
    }
}
