package com.jkcloud.monitor.market;

import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The reason one kind of refresh is failing: a WARN when it starts failing (or fails differently), DEBUG while
 * the same reason repeats every refresh, INFO when it works again.
 */
final class RefreshProblem {

    private final Logger log;
    private final String what;
    private final AtomicReference<String> reason = new AtomicReference<>();

    RefreshProblem(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    void report(String newReason) {
        String readable = Objects.requireNonNullElse(newReason, "no reason given");
        if (readable.equals(reason.getAndSet(readable))) {
            log.debugf("%s still failing: %s", what, readable);
        } else {
            log.warnf("%s failed: %s", what, readable);
        }
    }

    void clear() {
        if (reason.getAndSet(null) != null) {
            log.infof("%s works again", what);
        }
    }
}
