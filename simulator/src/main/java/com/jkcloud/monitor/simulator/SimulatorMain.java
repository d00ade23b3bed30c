package com.jkcloud.monitor.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The simulator as its own process, for browser tests and benchmarks:
 * {@code java -jar simulator/target/jk-cloud-monitor-simulator.jar [--port 8099] [--accounts 8]
 * [--seed-file accounts.json] [--latency-ms 0] [--first-box-offline]}. Prints one line {@code OneThing simulator on port N ...}
 * once it listens and runs until it is stopped.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8099;
        int accounts = 8;
        Path seedFile = null;
        long latencyMs = 0;
        boolean firstBoxOffline = false;
        for (int index = 0; index < args.length; index++) {
            String option = args[index];
            if (option.equals("--first-box-offline")) {
                firstBoxOffline = true;
                continue;
            }
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println("options: --port N (8099; 0 = any free port)  --accounts N (8 demo accounts "
                        + "1380000000N / demo-password-N)  --seed-file FILE (JSON [{username, password, devices}], "
                        + "instead of --accounts)  --latency-ms N (0)  --first-box-offline (every account's first box is offline, "
                        + "as the demo shows it)");
                return;
            }
            if (index + 1 >= args.length) {
                usage("missing value after " + option);
            }
            String value = args[++index];
            switch (option) {
                case "--port" -> port = number(option, value);
                case "--accounts" -> accounts = number(option, value);
                case "--seed-file" -> seedFile = Path.of(value);
                case "--latency-ms" -> latencyMs = number(option, value);
                default -> usage("unknown option " + option);
            }
        }
        List<SeedAccount> seeds = seedFile != null ? SeedAccount.fromFile(seedFile) : SeedAccount.demo(accounts);
        OneThingSimulator simulator = OneThingSimulator.start(port);
        SeedAccount.addAll(simulator, seeds);
        if (firstBoxOffline) {
            simulator.accounts().forEach(account -> account.devices().stream().findFirst()
                    .ifPresent(box -> simulator.setDeviceOffline(box.deviceSn())));
        }
        if (latencyMs > 0) {
            simulator.setLatency(Duration.ofMillis(latencyMs));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        System.out.printf("OneThing simulator on port %d with %d accounts: %s %s %s%n", simulator.port(),
                seeds.size(), simulator.accountUrl(), simulator.controlUrl(), simulator.priceUrl());
        stopped.await();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notNumber) {
            usage(option + " takes a number, not " + value);
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println(problem + " (--help lists the options)");
        System.exit(2);
    }
}
