package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.DeviceQuery;
import com.jkcloud.monitor.account.DeviceStatus;
import com.jkcloud.monitor.common.api.ApiException;
import org.bson.types.ObjectId;

import java.util.Locale;

/** The query parameters of a fleet page, checked: each bad one is a 400 naming it. */
public record FleetParams(DeviceStatus status, ObjectId accountId, ObjectId groupId, String text,
                          DeviceQuery.SortField sort, boolean descending, int page, int size) {

    static final int MAX_SIZE = 500;
    static final int MAX_TEXT = 100;
    /** Keeps skip = (page - 1) × size far from overflow and from pointless scans. */
    static final int MAX_PAGE = 100_000;

    static FleetParams parse(String status, String accountId, String groupId, String q, String sort, String page, String size) {
        String order = blankToNull(sort);
        boolean descending = order != null && order.startsWith("-");
        String field = order == null ? "deviceSn" : descending ? order.substring(1) : order;
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            throw ApiException.invalidField("q", StatsMessage.TEXT_TOO_LONG);
        }
        return new FleetParams(status(status), objectId("accountId", accountId), objectId("groupId", groupId), text,
                sortField(field), descending, number("page", page, 1, 1, MAX_PAGE, StatsMessage.PAGE_OUT_OF_RANGE),
                number("size", size, 0, 1, MAX_SIZE, StatsMessage.SIZE_OUT_OF_RANGE));
    }

    int skip() {
        return (page - 1) * size;
    }

    private static DeviceStatus status(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return DeviceStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidField("status", StatsMessage.STATUS_UNKNOWN);
        }
    }

    private static DeviceQuery.SortField sortField(String field) {
        try {
            return DeviceQuery.SortField.valueOf(field);
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidField("sort", StatsMessage.SORT_UNKNOWN);
        }
    }

    static ObjectId objectId(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        if (!ObjectId.isValid(value.trim())) {
            throw ApiException.invalidField(field, StatsMessage.ID_MALFORMED);
        }
        return new ObjectId(value.trim());
    }

    static int number(String field, String value, int absent, int min, int max, com.jkcloud.monitor.common.i18n.Message outOfRange) {
        if (blankToNull(value) == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like any other out-of-range value
        }
        throw ApiException.invalidField(field, outOfRange);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
