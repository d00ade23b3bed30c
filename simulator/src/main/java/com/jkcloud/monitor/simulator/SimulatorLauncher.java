package com.jkcloud.monitor.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starts the simulator inside the application for the demo ({@code monitor.simulator.enabled=true}), seeded
 * with {@code monitor.simulator.demo-accounts} generated accounts and/or the accounts of
 * {@code monitor.simulator.seed-file} (JSON array of {@code {username, password, devices}}).
 */
@ApplicationScoped
public class SimulatorLauncher {

    private static final Logger LOG = Logger.getLogger(SimulatorLauncher.class);

    /** One seeded account of the seed file. */
    @RegisterForReflection
    public record SeedAccount(String username, String password, int devices) {
    }

    @ConfigProperty(name = "monitor.simulator.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "monitor.simulator.port", defaultValue = "8099")
    int port;
    @ConfigProperty(name = "monitor.simulator.demo-accounts", defaultValue = "3")
    int demoAccounts;
    @ConfigProperty(name = "monitor.simulator.seed-file")
    Optional<String> seedFile;

    private OneThingSimulator simulator;

    void start(@Observes StartupEvent started, Clock clock) {
        if (!enabled) {
            return;
        }
        simulator = OneThingSimulator.start(port, clock);
        for (SeedAccount account : seeds()) {
            simulator.addAccount(account.username(), account.password(), account.devices());
        }
        LOG.infof("OneThing simulator on port %d with %d accounts (demo accounts: 1380000000N / demo-password-N)",
                simulator.port(), simulator.accounts().size());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (simulator != null) {
            simulator.close();
        }
    }

    public Optional<OneThingSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    List<SeedAccount> seeds() {
        if (seedFile.isPresent()) {
            try {
                return List.of(new ObjectMapper().readValue(Path.of(seedFile.get()).toFile(), SeedAccount[].class));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read monitor.simulator.seed-file " + seedFile.get(), unreadable);
            }
        }
        return demoAccounts(demoAccounts);
    }

    /** {@code 13800000001 / demo-password-1}, ... with 1 to 4 devices each. */
    public static List<SeedAccount> demoAccounts(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(index -> new SeedAccount(String.format("138%08d", index), "demo-password-" + index, 1 + index % 4))
                .toList();
    }
}
