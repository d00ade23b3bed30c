package com.jkcloud.monitor.onething;

/** Why an upstream call did not succeed. */
public enum FailureKind {
    /** Wrong username or password: never retried in a loop; the account needs a new password. */
    AUTH_FAILED,
    /** The session stayed invalid even after one fresh login. */
    SESSION_EXPIRED,
    /** The upstream answered, but with an error (non-zero iRet/rtn, 5xx, unreadable body). */
    UPSTREAM_ERROR,
    TIMEOUT,
    /** The upstream (or the proxy) refuses us: too many requests from our address. */
    BANNED,
    /** Could not reach the upstream at all (connection refused, circuit open, no healthy proxy). */
    UNAVAILABLE
}
