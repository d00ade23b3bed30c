package com.jkcloud.monitor.simulator;

import com.jkcloud.monitor.account.AccountService;
import com.jkcloud.monitor.account.api.BindAccountRequest;
import com.jkcloud.monitor.auth.AuthService;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.monitor.PollRunner;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The demo run: a user whose bound accounts (on the built-in simulator) have devices, incomes and, a
 * moment after start, one box offline in every simulated account, so an alert shows up within a minute.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    private final SimulatorLauncher launcher;
    private final AuthService auth;
    private final UserRepository users;
    private final AccountService accounts;
    private final PollRunner poller;
    private final boolean enabled;
    private final String username;
    private final String password;
    private final int boundAccounts;

    public DemoSeeder(SimulatorLauncher launcher, AuthService auth, UserRepository users, AccountService accounts,
                      PollRunner poller,
                      @ConfigProperty(name = "monitor.demo.enabled", defaultValue = "false") boolean enabled,
                      @ConfigProperty(name = "monitor.demo.username", defaultValue = "demo@jkcloud.local") String username,
                      @ConfigProperty(name = "monitor.demo.password", defaultValue = "demo-password") String password,
                      @ConfigProperty(name = "monitor.demo.accounts", defaultValue = "3") int boundAccounts) {
        this.launcher = launcher;
        this.auth = auth;
        this.users = users;
        this.accounts = accounts;
        this.poller = poller;
        this.enabled = enabled;
        this.username = username;
        this.password = password;
        this.boundAccounts = boundAccounts;
    }

    void seed(@Observes @Priority(5000) StartupEvent started) {
        OneThingSimulator simulator = launcher.simulator().orElse(null);
        if (!enabled || simulator == null) {
            return;
        }
        users.findByUsername(username).flatMap(existing -> existing != null
                        ? Uni.createFrom().voidItem()
                        : createDemoUser(simulator))
                .subscribe().with(
                        done -> LOG.infof("Demo ready: sign in as %s with the demo password from the README", username),
                        failure -> LOG.errorf("Demo seeding failed: %s", failure.getMessage()));
    }

    private Uni<Void> createDemoUser(OneThingSimulator simulator) {
        List<SimulatorLauncher.SeedAccount> seeded = SimulatorLauncher.demoAccounts(boundAccounts);
        return auth.register(username, password)
                .flatMap(registered -> users.findByUsername(username))
                .flatMap(user -> bindAll(user.id, seeded, 0))
                // a first pass takes every box as it is; then one box per account drops off
                .flatMap(bound -> poller.runPass(true))
                .invoke(baseline -> simulator.accounts().forEach(account ->
                        account.devices().stream().findFirst().ifPresent(box -> simulator.setDeviceOffline(box.deviceSn()))))
                .flatMap(offline -> poller.runPass(true))
                .replaceWithVoid();
    }

    private Uni<Void> bindAll(org.bson.types.ObjectId ownerId, List<SimulatorLauncher.SeedAccount> seeded, int index) {
        if (index >= seeded.size()) {
            return Uni.createFrom().voidItem();
        }
        SimulatorLauncher.SeedAccount account = seeded.get(index);
        return accounts.bind(ownerId, new BindAccountRequest(account.username(), account.password(), "Demo " + (index + 1)))
                .flatMap(bound -> bindAll(ownerId, seeded, index + 1));
    }
}
