package com.jkcloud.monitor.auth.api;

/** {@code data} of a 423: when sign-in is possible again. */
public record Locked(long lockedUntil) {
}
