package com.jkcloud.monitor.onething.session;

import com.jkcloud.monitor.onething.OneThingResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The live upstream session of each OneThing account, by username; in memory, so a restart logs in again. */
@ApplicationScoped
public class OneThingSessions {

    private final Map<String, UpstreamSession> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Uni<OneThingResult<UpstreamSession>>> loginsInFlight = new ConcurrentHashMap<>();

    /**
     * Runs {@code login} unless a login with the same key (username and pwd) is already under way, in which
     * case its outcome is shared: many calls finding an expired session at once cost one login, not many.
     */
    public Uni<OneThingResult<UpstreamSession>> loginOnce(String key, Supplier<Uni<OneThingResult<UpstreamSession>>> login) {
        return Uni.createFrom().deferred(() -> loginsInFlight.computeIfAbsent(key, ignored -> login.get()
                .onTermination().invoke(() -> loginsInFlight.remove(key))
                .memoize().indefinitely()));
    }

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
