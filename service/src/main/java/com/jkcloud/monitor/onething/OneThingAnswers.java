package com.jkcloud.monitor.onething;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the JSON of successful upstream answers to our types; lenient about numbers sent as strings. */
final class OneThingAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private OneThingAnswers() {
    }

    /** {@code result} is {@code [0, {...}]}: the payload is its second element. */
    static JsonNode controlPayload(JsonNode body) {
        JsonNode result = body.path("result");
        return result.isArray() && result.size() > 1 ? result.get(1) : result;
    }

    static List<UpstreamDevice> devices(JsonNode body) {
        List<UpstreamDevice> devices = new ArrayList<>();
        for (JsonNode device : controlPayload(body).path("devices")) {
            devices.add(new UpstreamDevice(
                    text(device, "device_id"), text(device, "device_sn"), text(device, "device_name"),
                    text(device, "peerid"), text(device, "status"),
                    text(device, "exception_name"), text(device, "exception_message"),
                    text(device, "ip"), text(device, "lan_ip"), text(device, "system_version"),
                    text(device, "hardware_model"),
                    epochSeconds(device, "bind_time"), epochSeconds(device, "connect_time"),
                    epochSeconds(device, "disconnect_time")));
        }
        return devices;
    }

    static UsbUsage usb(JsonNode body) {
        long capacity = 0;
        long used = 0;
        for (JsonNode partition : controlPayload(body).path("partitions")) {
            capacity += partition.path("capacity").asLong(0);
            used += partition.path("used").asLong(0);
        }
        return new UsbUsage(capacity, used);
    }

    static BigDecimal totalIncome(JsonNode body) {
        return money(body.path("data").path("totalIncome"));
    }

    static BigDecimal totalOutcome(JsonNode body) {
        return money(body.path("data").path("totalOutcome"));
    }

    /** The key to ask for the previous month with, or "" when there is none. */
    static String previousMonthKey(JsonNode body) {
        JsonNode month = body.path("data").path("month");
        return month.isMissingNode() || month.isNull() ? "" : month.asText("");
    }

    static List<DailyIncome> dailyIncomes(JsonNode body) {
        List<DailyIncome> days = new ArrayList<>();
        for (JsonNode entry : body.path("data").path("incomeArr")) {
            String date = entry.path("date").asText("").replace("-", "");
            if (date.length() == 8) {
                days.add(new DailyIncome(LocalDate.parse(date, BASIC_DATE), money(entry.path("num"))));
            }
        }
        return days;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> marketInfo(JsonNode body) {
        JsonNode data = body.path("data");
        if (data.isObject()) {
            return JSON.convertValue(data, Map.class);
        }
        Map<String, Object> info = new LinkedHashMap<>(JSON.convertValue(body, Map.class));
        info.remove("iRet");
        info.remove("sMsg");
        return info;
    }

    static BigDecimal money(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return BigDecimal.ZERO;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asText("").strip();
        try {
            return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return BigDecimal.ZERO;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant epochSeconds(JsonNode node, String field) {
        long seconds = node.path(field).asLong(0);
        return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
    }
}
