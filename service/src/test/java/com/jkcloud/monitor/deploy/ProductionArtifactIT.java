package com.jkcloud.monitor.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production artifact holds neither the OneThing simulator nor the demo (its seeded user's password is
 * public): they are the service's dev-mode and test dependency only. Runs after packaging, in {@code verify}.
 */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final String SIMULATOR_PACKAGE = "com/jkcloud/monitor/simulator/";

    @Test
    void noSimulatorOrDemoClassIsPackaged() throws IOException {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), "the build produced " + APP);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = APP.relativize(file).toString().replace('\\', '/');
                if (relative.contains(SIMULATOR_PACKAGE) || relative.contains("jk-cloud-monitor-simulator")) {
                    found.add(relative);
                } else if (relative.endsWith(".jar")) {
                    found.addAll(simulatorEntries(file, relative));
                }
            }
        }
        assertEquals(List.of(), found, "simulator or demo in the production artifact");
    }

    private static List<String> simulatorEntries(Path jar, String relative) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(SIMULATOR_PACKAGE) || name.contains("DemoLauncher"))
                    .map(name -> relative + "!" + name).toList();
        }
    }
}
