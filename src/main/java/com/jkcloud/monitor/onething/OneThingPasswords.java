package com.jkcloud.monitor.onething;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The login {@code pwd} derived from a plain OneThing password, as ONETHING.md describes. */
public final class OneThingPasswords {

    private OneThingPasswords() {
    }

    public static String derivePwd(String plainPassword) {
        String h = md5Hex(plainPassword);
        String rearranged = h.substring(0, 2) + h.charAt(8) + h.substring(3, 8) + h.charAt(2) + h.substring(9, 17)
                + h.charAt(27) + h.substring(18, 27) + h.charAt(17) + h.substring(28);
        return md5Hex(rearranged);
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
