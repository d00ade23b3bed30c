package com.jkcloud.monitor.onething;

/** How a OneThing account signs in: {@code account_type} 4 (phone) or 5 (e-mail). */
public enum LoginType {
    PHONE, EMAIL;

    public static LoginType of(String username) {
        return username != null && username.contains("@") ? EMAIL : PHONE;
    }
}
