package com.jkcloud.monitor.simulator;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated OneThing account; everything about it follows from its username, so a seed reproduces it.
 * Daily incomes are a pure function of (username, date); the lifetime total counts them from the first day
 * of the month before the account was added.
 */
public final class SimulatedAccount {

    private final String username;
    private final String pwd;
    private final String userId;
    private final long seed;
    private final List<SimulatedDevice> devices;
    private final BigDecimal incomeBeforeAnchor;
    private final BigDecimal outcomeBeforeDraws;
    private final LocalDate anchor;
    private final Clock clock;
    private final AtomicInteger logins = new AtomicInteger();
    private int drawCount;
    private int drawRequests;
    private BigDecimal drawnTotal = BigDecimal.ZERO;
    private final List<java.time.Instant> drawTimes = new ArrayList<>();

    SimulatedAccount(String username, String plainPassword, int deviceCount, Clock clock) {
        this.username = username;
        this.pwd = UpstreamHashes.derivePwd(plainPassword);
        this.clock = clock;
        this.seed = Long.parseUnsignedLong(UpstreamHashes.md5Hex(username).substring(0, 15), 16);
        Random random = new Random(seed);
        this.userId = Long.toString(1_000_000 + Math.floorMod(seed, 9_000_000L));
        this.incomeBeforeAnchor = coins(1_000_000 + random.nextInt(4_000_000));
        this.outcomeBeforeDraws = incomeBeforeAnchor.multiply(new BigDecimal("0.6")).setScale(4, RoundingMode.DOWN);
        this.anchor = today().minusMonths(1).withDayOfMonth(1);
        long now = clock.instant().getEpochSecond();
        List<SimulatedDevice> made = new ArrayList<>();
        for (int index = 0; index < deviceCount; index++) {
            String hash = UpstreamHashes.md5Hex(username + "#device-" + index);
            List<SimulatedDevice.Partition> partitions = new ArrayList<>();
            int partitionCount = 1 + random.nextInt(2);
            for (int p = 0; p < partitionCount; p++) {
                long capacity = (500L + random.nextInt(1500)) * 1_000_000_000L;
                partitions.add(new SimulatedDevice.Partition(capacity, capacity / 100 * (5 + random.nextInt(90))));
            }
            made.add(new SimulatedDevice(hash, "OCP" + Long.toString(Math.floorMod(seed + index * 7919L, 1_000_000_000_000L)),
                    "玩客云-" + (index + 1), hash.substring(16).toUpperCase(),
                    "116.23." + random.nextInt(256) + "." + random.nextInt(256), "192.168.1." + (100 + index),
                    now - 86_400L * (30 + random.nextInt(600)), now - 3600L * (1 + random.nextInt(48)), partitions));
        }
        this.devices = List.copyOf(made);
    }

    public String username() {
        return username;
    }

    public String userId() {
        return userId;
    }

    public List<SimulatedDevice> devices() {
        return devices;
    }

    public SimulatedDevice deviceByPeerId(String peerId) {
        return devices.stream().filter(device -> device.peerId().equals(peerId)).findFirst().orElse(null);
    }

    public SimulatedDevice deviceById(String deviceId) {
        return devices.stream().filter(device -> device.deviceId().equals(deviceId)).findFirst().orElse(null);
    }

    /** Newest first: the current month up to yesterday, then the whole previous month (China time). */
    public List<SimulatedIncome> dailyIncomes() {
        List<SimulatedIncome> days = new ArrayList<>(monthIncomes(0));
        days.addAll(monthIncomes(1));
        return days;
    }

    /** {@code monthsBack} 0 = this month up to yesterday, 1 = the previous month; newest first. */
    List<SimulatedIncome> monthIncomes(int monthsBack) {
        LocalDate yesterday = today().minusDays(1);
        LocalDate first = today().withDayOfMonth(1).minusMonths(monthsBack);
        LocalDate last = monthsBack == 0 ? yesterday : first.plusMonths(1).minusDays(1);
        List<SimulatedIncome> days = new ArrayList<>();
        for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(1)) {
            days.add(new SimulatedIncome(day, incomeOn(day)));
        }
        return days;
    }

    public BigDecimal totalIncome() {
        BigDecimal total = incomeBeforeAnchor;
        for (LocalDate day = anchor; day.isBefore(today()); day = day.plusDays(1)) {
            total = total.add(incomeOn(day));
        }
        return total;
    }

    public synchronized BigDecimal totalWithdrawn() {
        return outcomeBeforeDraws.add(drawnTotal);
    }

    public BigDecimal withdrawable() {
        return totalIncome().subtract(totalWithdrawn());
    }

    public synchronized int drawCount() {
        return drawCount;
    }

    /** Draw requests that reached this account with a valid session, drawn or refused. */
    /** When each accepted draw arrived, by the simulator's clock. */
    public synchronized List<java.time.Instant> drawTimes() {
        return List.copyOf(drawTimes);
    }

    public synchronized int drawRequests() {
        return drawRequests;
    }

    public synchronized BigDecimal drawnTotal() {
        return drawnTotal;
    }

    /** Logins tried for this account, right or wrong password. */
    public int loginAttempts() {
        return logins.get();
    }

    boolean checkLogin(String candidatePwd) {
        logins.incrementAndGet();
        return pwd.equals(candidatePwd);
    }

    /**
     * Draws as upstream's {@code /wkb/draw} does (tests call it directly for a draw made outside the service, e.g. by
     * a replica that died before recording it). {@code businessRefusal}, when set, refuses a valid request.
     * @return null when drawn, else why not (upstream's {@code sMsg}).
     */
    public synchronized String draw(BigDecimal amount, String businessRefusal) {
        drawRequests++;
        if (businessRefusal != null) {
            return businessRefusal;
        }
        if (amount.signum() <= 0) {
            return "提现金额无效";
        }
        if (amount.compareTo(withdrawable()) > 0) {
            return "可提现余额不足";
        }
        drawCount++;
        drawTimes.add(clock.instant());
        drawnTotal = drawnTotal.add(amount);
        return null;
    }

    private BigDecimal incomeOn(LocalDate day) {
        long mixed = (seed ^ (day.toEpochDay() * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
        return coins(5_000 + (int) Math.floorMod(mixed >>> 11, 20_000L));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UpstreamHashes.CHINA);
    }

    private static BigDecimal coins(long tenThousandths) {
        return BigDecimal.valueOf(tenThousandths, 4);
    }

    @Override
    public String toString() {
        return "SimulatedAccount[" + username + "]";
    }
}
