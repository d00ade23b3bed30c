package com.jkcloud.monitor.account;

import io.smallrye.mutiny.Uni;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** When accounts are polled next: the monitor owns the schedule, an account answer only shows it. */
public interface PollTimes {

    /** Next poll time per account id; an account left out (or mapped to null) is paused or unscheduled. */
    Uni<Map<ObjectId, Instant>> nextPolls(Collection<ObjectId> accountIds);
}
