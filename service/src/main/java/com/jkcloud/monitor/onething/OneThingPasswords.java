package com.jkcloud.monitor.onething;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The app's password and device-identity derivations, as ONETHING.md describes them. */
public final class OneThingPasswords {

    private OneThingPasswords() {
    }

    /**
     * The {@code pwd} sent at login: md5 of the md5 hex with positions 2↔8 and 17↔27 swapped. Storing this
     * value is enough to log in again; the plain password is not needed afterwards.
     */
    public static String derivePwd(String plainPassword) {
        char[] hash = md5Hex(plainPassword).toCharArray();
        swap(hash, 2, 8);
        swap(hash, 17, 27);
        return md5Hex(new String(hash));
    }

    /** {@code imeiid}: first 15 hex characters of md5(username), upper-case. */
    public static String imeiId(String username) {
        return md5Hex(username).substring(0, 15).toUpperCase(Locale.ROOT);
    }

    /** {@code deviceid}: first 16 hex characters of md5(username), upper-case. */
    public static String deviceId(String username) {
        return md5Hex(username).substring(0, 16).toUpperCase(Locale.ROOT);
    }

    public static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("MD5 is part of every JDK", impossible);
        }
    }

    private static void swap(char[] chars, int first, int second) {
        char kept = chars[first];
        chars[first] = chars[second];
        chars[second] = kept;
    }
}
