package com.jkcloud.monitor.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The tests' clock: it starts at a fixed instant ({@link #START}) and runs with real time from there, whatever
 * the machine's wall clock says. Tests move it ({@link #advance}, {@link #set}) instead of sleeping, and can stop
 * it at an instant ({@link #freeze}) to test a boundary. Zone views share one time line.
 */
public final class MutableClock extends Clock {

    /** 2026-06-10 10:00 in China: mid-morning, mid-month, mid-year, far from any date boundary. */
    public static final Instant START = Instant.parse("2026-06-10T02:00:00Z");

    private static final MutableClock SHARED = new MutableClock();

    private final Timeline timeline;
    private final ZoneId zone;

    public MutableClock() {
        this(new Timeline(), ZoneOffset.UTC);
    }

    private MutableClock(Timeline timeline, ZoneId zone) {
        this.timeline = timeline;
        this.zone = zone;
    }

    /** The one clock of a test JVM, shared by the application and the OneThing simulator. */
    public static MutableClock shared() {
        return SHARED;
    }

    public void advance(Duration by) {
        timeline.advance(by);
    }

    /** Jumps to {@code instant} and runs on from there. */
    public void set(Instant instant) {
        timeline.set(instant, false);
    }

    /** Stops at {@code instant} until the next {@link #set}, {@link #advance} keeps it stopped. */
    public void freeze(Instant instant) {
        timeline.set(instant, true);
    }

    /** Back to {@link #START}, running. */
    public void reset() {
        timeline.set(START, false);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new MutableClock(timeline, other);
    }

    @Override
    public Instant instant() {
        return timeline.now();
    }

    private static final class Timeline {
        private Instant base = START;
        private long baseNanos = System.nanoTime();
        private boolean frozen;

        synchronized Instant now() {
            return frozen ? base : base.plusNanos(System.nanoTime() - baseNanos);
        }

        synchronized void advance(Duration by) {
            base = now().plus(by);
            baseNanos = System.nanoTime();
        }

        synchronized void set(Instant instant, boolean stop) {
            base = instant;
            baseNanos = System.nanoTime();
            frozen = stop;
        }
    }
}
