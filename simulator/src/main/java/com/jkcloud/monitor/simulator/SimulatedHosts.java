package com.jkcloud.monitor.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * The protocol of both hosts as ONETHING.md describes it: signatures, login, cookies, sessions, each call's
 * answer. Answers are JSON with every non-ASCII character escaped, as the real service sends them.
 */
final class SimulatedHosts {

    static final int SIGN_ERROR = -3;
    static final int BAD_PARAMETERS = -2;
    static final int WRONG_CREDENTIALS = -121;
    static final int NOT_LOGGED_IN = -11;
    static final int DRAW_REFUSED = -7;
    static final int CONTROL_SIGN_ERROR = -2;
    static final int CONTROL_NOT_LOGGED_IN = 11;
    static final int CONTROL_BAD_DEVICE = 12;

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MONTH_KEY = DateTimeFormatter.ofPattern("yyyyMM");

    private record Session(String username, String userId) {
    }

    private final Map<String, SimulatedAccount> accounts;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Set<String> issuedSessionIds = ConcurrentHashMap.newKeySet();
    private final SimulatorFaults faults;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SimulatedHosts(Map<String, SimulatedAccount> accounts, SimulatorFaults faults, Clock clock) {
        this.accounts = accounts;
        this.faults = faults;
        this.clock = clock;
    }

    void expireSessions() {
        sessions.clear();
    }

    Set<String> issuedSessionIds() {
        return Set.copyOf(issuedSessionIds);
    }

    SimulatedReply account(SimulatedRequest request) {
        String path = request.path();
        if (!"POST".equals(request.method())) {
            return SimulatedReply.html(405, "<html><body>405 Not Allowed</body></html>");
        }
        return switch (path) {
            case "/user/login" -> login(request);
            case "/wkb/income-history" -> incomeHistory(request);
            case "/wkb/outcome-history" -> outcomeHistory(request);
            case "/info/query" -> marketInfo();
            case "/wkb/draw" -> draw(request);
            default -> SimulatedReply.html(404, "<html><body>404 Not Found</body></html>");
        };
    }

    SimulatedReply control(SimulatedRequest request) {
        if (!"GET".equals(request.method())) {
            return SimulatedReply.html(405, "<html><body>405 Not Allowed</body></html>");
        }
        return switch (request.path()) {
            case "/listPeer" -> listPeer(request);
            case "/getUSBInfo" -> usbInfo(request);
            default -> SimulatedReply.html(404, "<html><body>404 Not Found</body></html>");
        };
    }

    // ---- account host ------------------------------------------------------------------------------

    private SimulatedReply login(SimulatedRequest request) {
        if (!signedForm(request)) {
            return accountError(SIGN_ERROR, "签名错误");
        }
        String accountType = request.form("account_type");
        String username;
        if ("4".equals(accountType)) {
            username = request.form("phone");
        } else if ("5".equals(accountType) && "Email".equals(request.form("phone_area"))) {
            username = request.form("mail");
        } else {
            return accountError(BAD_PARAMETERS, "参数错误");
        }
        String deviceId = request.form("deviceid");
        String imeiId = request.form("imeiid");
        if (username == null || deviceId == null || !deviceId.matches("[0-9A-F]{16}")
                || imeiId == null || !imeiId.matches("[0-9A-F]{15}") || request.form("pwd") == null) {
            return accountError(BAD_PARAMETERS, "参数错误");
        }
        SimulatedAccount account = accounts.get(username);
        boolean typeMatches = account != null && ("5".equals(accountType) == username.contains("@"));
        if (account == null || !account.checkLogin(request.form("pwd")) || !typeMatches) {
            return accountError(WRONG_CREDENTIALS, "帐号或密码错误");
        }
        byte[] token = new byte[16];
        random.nextBytes(token);
        String sessionId = HexFormat.of().formatHex(token);
        sessions.put(sessionId, new Session(account.username(), account.userId()));
        issuedSessionIds.add(sessionId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userid", account.userId());
        data.put("nickname", "玩客" + account.userId().substring(3));
        data.put("account_type", Integer.parseInt(accountType));
        Map<String, String> cookies = new LinkedHashMap<>();
        cookies.put("sessionid", sessionId);
        cookies.put("userid", account.userId());
        return new SimulatedReply(200, SimulatedReply.HTML, okAccount("登录成功", data), cookies);
    }

    private SimulatedReply incomeHistory(SimulatedRequest request) {
        if (!signedForm(request)) {
            return accountError(SIGN_ERROR, "签名错误");
        }
        SimulatedAccount account = sessionAccount(request, "2");
        if (account == null) {
            return accountError(NOT_LOGGED_IN, "登录已过期，请重新登录");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UpstreamHashes.CHINA);
        String previousMonthKey = today.minusMonths(1).format(MONTH_KEY);
        String lastMonth = request.form("last_month");
        List<SimulatedIncome> days;
        String nextKey;
        if ("0".equals(lastMonth)) {
            days = account.monthIncomes(0);
            nextKey = previousMonthKey;
        } else if (previousMonthKey.equals(lastMonth)) {
            days = account.monthIncomes(1);
            nextKey = "";
        } else {
            days = List.of();
            nextKey = "";
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (SimulatedIncome day : days) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", day.date().format(BASIC_DATE));
            entry.put("num", day.coins());
            entries.add(entry);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("totalIncome", account.totalIncome());
        data.put("incomeArr", entries);
        data.put("month", nextKey);
        return SimulatedReply.json(okAccount("", data));
    }

    private SimulatedReply outcomeHistory(SimulatedRequest request) {
        SimulatedAccount account = sessionAccount(request, "1");
        if (account == null) {
            return accountError(NOT_LOGGED_IN, "登录已过期，请重新登录");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("totalOutcome", account.totalWithdrawn());
        data.put("outcomeArr", List.of());
        return SimulatedReply.json(okAccount("", data));
    }

    private SimulatedReply marketInfo() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("wkb_price", new BigDecimal("0.3521"));
        data.put("yesterday_avg_wkb", new BigDecimal("1.2034"));
        data.put("total_wkb", new BigDecimal("912345678.1234"));
        data.put("online_device", 1_234_567);
        data.put("notice", "玩客币行情仅供参考");
        return SimulatedReply.json(okAccount("", data));
    }

    private SimulatedReply draw(SimulatedRequest request) {
        if (!signedForm(request)) {
            return accountError(SIGN_ERROR, "签名错误");
        }
        SimulatedAccount account = sessionAccount(request, "2");
        if (account == null) {
            return accountError(NOT_LOGGED_IN, "登录已过期，请重新登录");
        }
        String peerId = request.cookie("peerid");
        if (peerId == null || account.deviceByPeerId(peerId) == null) {
            return accountError(DRAW_REFUSED, "设备信息错误");
        }
        if (!"2".equals(request.form("gasType"))) {
            return accountError(BAD_PARAMETERS, "参数错误");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(String.valueOf(request.form("drawWkb")));
        } catch (NumberFormatException notANumber) {
            return accountError(BAD_PARAMETERS, "参数错误");
        }
        String refusal = account.draw(amount, faults.withdrawalFailures.get(account.username()));
        return refusal == null ? SimulatedReply.json(okAccount("提现申请成功", Map.of("drawWkb", amount)))
                : accountError(DRAW_REFUSED, refusal);
    }

    // ---- control host ------------------------------------------------------------------------------

    private SimulatedReply listPeer(SimulatedRequest request) {
        Session session = controlSession(request);
        if (session == null) {
            return controlError(CONTROL_NOT_LOGGED_IN, "session invalid");
        }
        if (!signedQuery(request)) {
            return controlError(CONTROL_SIGN_ERROR, "sign error");
        }
        if (!session.userId().equals(request.query("userid"))) {
            return controlError(CONTROL_NOT_LOGGED_IN, "userid mismatch");
        }
        SimulatedAccount account = accounts.get(session.username());
        List<Map<String, Object>> devices = new ArrayList<>();
        for (SimulatedDevice device : account.devices()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("device_id", device.deviceId());
            json.put("device_sn", device.deviceSn());
            json.put("device_name", device.deviceName());
            json.put("peerid", device.peerId());
            json.put("status", device.online() ? "online" : "offline");
            json.put("exception_name", device.exceptionName());
            json.put("exception_message", device.exceptionMessage());
            json.put("ip", device.ip());
            json.put("lan_ip", device.lanIp());
            json.put("system_version", "V1.4.6");
            json.put("hardware_model", "WS1608");
            json.put("product_id", 1);
            json.put("bind_time", device.bindTime());
            json.put("connect_time", device.connectTime());
            json.put("disconnect_time", device.disconnectTime());
            json.put("dcdn_upnp_status", "upnp_ok");
            devices.add(json);
        }
        return SimulatedReply.json(okControl(Map.of("devices", devices)));
    }

    private SimulatedReply usbInfo(SimulatedRequest request) {
        Session session = controlSession(request);
        if (session == null) {
            return controlError(CONTROL_NOT_LOGGED_IN, "session invalid");
        }
        if (!signedQuery(request)) {
            return controlError(CONTROL_SIGN_ERROR, "sign error");
        }
        SimulatedDevice device = accounts.get(session.username()).deviceById(String.valueOf(request.query("deviceid")));
        if (device == null) {
            return controlError(CONTROL_BAD_DEVICE, "device not found");
        }
        List<Map<String, Object>> partitions = new ArrayList<>();
        int index = 0;
        for (SimulatedDevice.Partition partition : device.partitions()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", index++);
            json.put("label", "移动硬盘" + index);
            json.put("capacity", partition.capacityBytes());
            json.put("used", partition.usedBytes());
            partitions.add(json);
        }
        return SimulatedReply.json(okControl(Map.of("partitions", partitions)));
    }

    // ---- checks --------------------------------------------------------------------------------------

    private static boolean signedForm(SimulatedRequest request) {
        String sign = firstOf(request.form().get("sign"));
        return sign != null && sign.equals(UpstreamHashes.sign(request.form(), ""));
    }

    private boolean signedQuery(SimulatedRequest request) {
        String sign = request.query("sign");
        String key = request.cookie("sessionid");
        return sign != null && key != null && sign.equals(UpstreamHashes.sign(request.query(), key));
    }

    /** The account behind the {@code sessionid}/{@code userid} cookies, requiring the call's {@code origin}. */
    private SimulatedAccount sessionAccount(SimulatedRequest request, String origin) {
        if (!origin.equals(request.cookie("origin"))) {
            return null;
        }
        Session session = controlSession(request);
        return session == null ? null : accounts.get(session.username());
    }

    private Session controlSession(SimulatedRequest request) {
        String sessionId = request.cookie("sessionid");
        Session session = sessionId == null ? null : sessions.get(sessionId);
        if (session == null || !session.userId().equals(request.cookie("userid"))) {
            return null;
        }
        return session;
    }

    private static String firstOf(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    // ---- answers -------------------------------------------------------------------------------------

    private static String okAccount(String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("iRet", 0);
        body.put("sMsg", message);
        body.put("data", data);
        return write(body);
    }

    private static SimulatedReply accountError(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("iRet", status);
        body.put("sMsg", message);
        return SimulatedReply.json(write(body));
    }

    private static String okControl(Object payload) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rtn", 0);
        body.put("msg", "success");
        body.put("result", List.of(0, payload));
        return write(body);
    }

    private static SimulatedReply controlError(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rtn", status);
        body.put("msg", message);
        return SimulatedReply.json(write(body));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Maps of strings and numbers always serialize", impossible);
        }
    }
}
