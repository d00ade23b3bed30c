package com.jkcloud.monitor.notify.address;

/** How a token shows in answers: its first four characters when long enough to stay secret, else nothing. */
final class Masks {

    static final String SECRET = "****";
    private static final int SHOWN = 4;
    private static final int SHOWN_FROM_LENGTH = 12;

    private Masks() {
    }

    static String token(String token) {
        return token.length() >= SHOWN_FROM_LENGTH ? token.substring(0, SHOWN) + SECRET : SECRET;
    }
}
