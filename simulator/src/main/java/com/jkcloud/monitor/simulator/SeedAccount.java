package com.jkcloud.monitor.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** One account the simulator is started with: a seed file holds a JSON array of these. */
public record SeedAccount(String username, String password, int devices) {

    /** {@code 13800000001 / demo-password-1}, ... with 1 to 4 devices each. */
    public static List<SeedAccount> demo(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(index -> new SeedAccount(String.format("138%08d", index), "demo-password-" + index, 1 + index % 4))
                .toList();
    }

    public static List<SeedAccount> fromFile(Path seedFile) {
        try {
            return List.of(new ObjectMapper().readValue(seedFile.toFile(), SeedAccount[].class));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the seed file " + seedFile, unreadable);
        }
    }

    public static void addAll(OneThingSimulator simulator, List<SeedAccount> seeds) {
        seeds.forEach(seed -> simulator.addAccount(seed.username(), seed.password(), seed.devices()));
    }
}
