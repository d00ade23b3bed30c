package com.jkcloud.monitor.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The upstream's side of ONETHING.md's derivations (pwd, sign), written here from the spec rather than shared
 * with the service's client, so the simulator checks the client instead of agreeing with it by construction.
 */
final class UpstreamHashes {

    /** OneThing's income days are China-time days. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private UpstreamHashes() {
    }

    /** md5 of the password's md5 hex with positions 2↔8 and 17↔27 swapped. */
    static String derivePwd(String plainPassword) {
        char[] hash = md5Hex(plainPassword).toCharArray();
        swap(hash, 2, 8);
        swap(hash, 17, 27);
        return md5Hex(new String(hash));
    }

    /** md5 of the sorted {@code name=value} pairs (without {@code sign}) followed by {@code &key=<key>}. */
    static String sign(Map<String, ? extends List<String>> parameters, String key) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!"sign".equals(name)) {
                values.forEach(value -> pairs.add(name + "=" + (value == null ? "" : value)));
            }
        });
        pairs.sort(null);
        return md5Hex(String.join("&", pairs) + "&key=" + (key == null ? "" : key));
    }

    static String md5Hex(String text) {
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
