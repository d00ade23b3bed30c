package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountDataChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The changes of owners' data seen on this replica, numbered, for the answers kept per owner ({@link KeptAnswers}). */
@ApplicationScoped
class OwnerChanges {

    private final AtomicLong changes = new AtomicLong();
    private final Map<ObjectId, Long> lastPollChange = new ConcurrentHashMap<>();
    private final List<Consumer<ObjectId>> dropsOnOwnChange = new CopyOnWriteArrayList<>();

    long current() {
        return changes.get();
    }

    /** Whether a poll changed the owner's data after change number {@code asOf}. */
    boolean polledSince(ObjectId ownerId, long asOf) {
        Long last = lastPollChange.get(ownerId);
        return last != null && last > asOf;
    }

    void onOwnChange(Consumer<ObjectId> drop) {
        dropsOnOwnChange.add(drop);
    }

    void changed(@Observes AccountDataChanged changed) {
        long change = changes.incrementAndGet();
        if (changed.byPoll()) {
            lastPollChange.put(changed.ownerId(), change);
        } else {
            dropsOnOwnChange.forEach(drop -> drop.accept(changed.ownerId()));
        }
    }
}
