package com.jkcloud.monitor.silence.api;

import com.jkcloud.monitor.silence.Silence;
import org.bson.types.ObjectId;

/** A silence as the API shows it; times in epoch ms. */
public record SilenceView(String id, String accountId, String deviceSn, String groupId, long from, long until,
                          String reason, long createdAt) {

    public static SilenceView of(Silence silence) {
        return new SilenceView(silence.id.toHexString(), hex(silence.accountId), silence.deviceSn, hex(silence.groupId),
                silence.from.toEpochMilli(), silence.until.toEpochMilli(), silence.reason, silence.createdAt.toEpochMilli());
    }

    private static String hex(ObjectId id) {
        return id == null ? null : id.toHexString();
    }
}
