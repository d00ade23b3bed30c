package com.jkcloud.monitor.onething.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The live upstream session of each OneThing account, by username; in memory, so a restart logs in again. */
@ApplicationScoped
public class OneThingSessions {

    private final Map<String, UpstreamSession> byUsername = new ConcurrentHashMap<>();

    public Optional<UpstreamSession> current(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    public void keep(String username, UpstreamSession session) {
        byUsername.put(username, session);
    }

    /** Drops {@code stale} only, so a session another call just obtained survives. */
    public void forget(String username, UpstreamSession stale) {
        byUsername.remove(username, stale);
    }

    public void forget(String username) {
        byUsername.remove(username);
    }

    public int size() {
        return byUsername.size();
    }
}
