package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.PollTimes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Shows account answers the monitor's schedule, one {@code $in} read per answer. */
@ApplicationScoped
public class ScheduledPollTimes implements PollTimes {

    private final PollStateRepository states;

    public ScheduledPollTimes(PollStateRepository states) {
        this.states = states;
    }

    @Override
    public Uni<Map<ObjectId, Instant>> nextPolls(Collection<ObjectId> accountIds) {
        return states.nextPolls(accountIds);
    }
}
