package com.jkcloud.monitor.auth;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code monitor.admin-usernames}: who gets the {@code admin} role, read on every request so no re-login is needed. */
@ApplicationScoped
public class AdminUsernames {

    private final Set<String> usernames;

    public AdminUsernames(AdminConfig config) {
        this.usernames = config.usernames().orElse(List.of()).stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAdmin(String username) {
        return username != null && usernames.contains(username.toLowerCase(Locale.ROOT));
    }
}
