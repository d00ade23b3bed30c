package com.jkcloud.monitor.auth.api;

import com.jkcloud.monitor.auth.User;

/** The public face of a user in auth answers. */
public record UserView(String id, String username, long createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id.toHexString(), user.username, user.createdAt.toEpochMilli());
    }
}
