package com.jkcloud.monitor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency graph between capability packages (also drawn in README.md, "Architecture"). A new edge is a
 * design decision: add it here and in the README, and never one that closes a cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "com.jkcloud.monitor";

    /** Capability → the capabilities it may use (itself and libraries always). */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("outbox", Set.of("common")),
            Map.entry("notify", Set.of("common", "app", "outbox")),
            Map.entry("risk", Set.of("common")),
            Map.entry("onething", Set.of("common")),
            Map.entry("auth", Set.of("common", "outbox", "audit", "twofactor")),
            Map.entry("audit", Set.of("common")),
            Map.entry("twofactor", Set.of("common")),
            Map.entry("securitynotice", Set.of("common", "auth", "notify")),
            Map.entry("market", Set.of("common", "auth", "notify", "onething")),
            Map.entry("app", Set.of("common", "risk")),
            Map.entry("account", Set.of("common", "auth", "onething")),
            Map.entry("withdraw", Set.of("common", "account", "auth", "notify", "onething")),
            Map.entry("stats", Set.of("common", "account", "market")),
            Map.entry("export", Set.of("common", "account", "stats", "withdraw")),
            Map.entry("importer", Set.of("common", "account")),
            Map.entry("report", Set.of("common", "account", "auth", "monitor", "notify", "stats", "withdraw")),
            Map.entry("silence", Set.of("common", "account")),
            Map.entry("monitor", Set.of("common", "account", "auth", "notify", "onething", "outbox", "silence", "stats")),
            // a separate module (dev mode and tests only): uses nothing of the service, and nothing here may use it
            Map.entry("simulator", Set.of()));

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<String> capabilities() {
        return MAY_USE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} uses only the capabilities it may")
    @MethodSource("capabilities")
    void aCapabilityUsesOnlyWhatItMay(String capability) {
        Set<String> forbidden = new TreeSet<>(MAY_USE.keySet());
        forbidden.removeAll(MAY_USE.get(capability));
        forbidden.remove(capability);
        noClasses().that().resideInAPackage(ROOT + "." + capability + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.stream()
                        .map(other -> ROOT + "." + other + "..").toArray(String[]::new))
                .because(capability + " may use only " + MAY_USE.get(capability))
                .check(MAIN_CLASSES);
    }

    @Test
    void everyCapabilityPackageIsInTheGraph() {
        Set<String> found = new TreeSet<>();
        MAIN_CLASSES.forEach(javaClass -> {
            String rest = javaClass.getPackageName().substring(ROOT.length());
            if (rest.startsWith(".")) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        });
        found.removeAll(MAY_USE.keySet());
        if (!found.isEmpty()) {
            throw new AssertionError("Capability packages missing from MAY_USE (and the README graph): " + found);
        }
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void onlyOnethingUsesTheUpstreamRestClients() {
        restClientsOf("onething.client").check(MAIN_CLASSES);
    }

    @Test
    void onlyNotifyUsesTheProviderRestClients() {
        restClientsOf("notify").check(MAIN_CLASSES);
    }

    /** No class outside the top-level capability of {@code subPackage} uses its {@code @RegisterRestClient} interfaces. */
    private static ArchRule restClientsOf(String subPackage) {
        String capability = subPackage.split("\\.")[0];
        return noClasses().that().resideOutsideOfPackage(ROOT + "." + capability + "..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "." + subPackage + "..")
                        .and(annotatedWith(RegisterRestClient.class)))
                .because("only " + capability + " knows its remote protocol; others go through its services");
    }
}
