package com.jkcloud.monitor.onething;

/**
 * What it takes to log in to one OneThing account again: the username and the derived {@code pwd}
 * (never the plain password). {@link #toString()} hides the pwd so it can't reach a log line.
 */
public record OneThingCredentials(String username, LoginType loginType, String pwd) {

    @Override
    public String toString() {
        return "OneThingCredentials[username=" + username + ", loginType=" + loginType + "]";
    }
}
