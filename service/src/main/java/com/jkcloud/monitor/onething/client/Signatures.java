package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.onething.OneThingProtocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code sign} parameter: md5 of the sorted {@code name=value} pairs followed by {@code &key=<key>}. */
public final class Signatures {

    private Signatures() {
    }

    public static String sign(Map<String, ? extends List<String>> parameters, String key) {
        return OneThingPasswords.md5Hex(canonical(parameters, key));
    }

    public static String canonical(Map<String, ? extends List<String>> parameters, String key) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!OneThingProtocol.SIGN.equals(name)) {
                values.forEach(value -> pairs.add(name + "=" + (value == null ? "" : value)));
            }
        });
        pairs.sort(null); // String order is code-point order, so upper-case names sort first
        return String.join("&", pairs) + "&key=" + (key == null ? "" : key);
    }
}
