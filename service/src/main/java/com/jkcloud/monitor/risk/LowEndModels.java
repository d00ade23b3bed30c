package com.jkcloud.monitor.risk;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Brand/model pairs of cheap phones that farms buy in bulk. One {@code brand,model} per line, {@code #}
 * comments, case-insensitive, a trailing {@code *} on the model matches a prefix. Read once at start-up
 * from {@code monitor.risk.low-end-models-file}, or the list shipped in {@code risk/low-end-models.txt}.
 */
@Startup
@ApplicationScoped
public class LowEndModels {

    private static final Logger LOG = Logger.getLogger(LowEndModels.class);
    static final String SHIPPED_LIST = "risk/low-end-models.txt";

    record Pattern(String brand, String model, boolean prefix) {
        boolean matches(String brand, String model) {
            if (!this.brand.equals(brand)) {
                return false;
            }
            return prefix ? model.startsWith(this.model) : this.model.equals(model);
        }
    }

    private final List<Pattern> patterns;

    public LowEndModels(RiskConfig config) {
        this.patterns = parse(config.lowEndModelsFile().map(LowEndModels::readFile).orElseGet(LowEndModels::readShipped));
        LOG.infof("Low-end model list: %d entries", patterns.size());
    }

    public boolean contains(String brand, String model) {
        if (brand == null || model == null) {
            return false;
        }
        String normalBrand = normal(brand);
        String normalModel = normal(model);
        return patterns.stream().anyMatch(pattern -> pattern.matches(normalBrand, normalModel));
    }

    static List<Pattern> parse(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .filter(line -> line.indexOf(',') > 0)
                .map(line -> {
                    String brand = normal(line.substring(0, line.indexOf(',')));
                    String model = normal(line.substring(line.indexOf(',') + 1));
                    boolean prefix = model.endsWith("*");
                    return new Pattern(brand, prefix ? model.substring(0, model.length() - 1) : model, prefix);
                })
                .toList();
    }

    private static String normal(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read monitor.risk.low-end-models-file " + file, unreadable);
        }
    }

    private static String readShipped() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED_LIST)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_LIST + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
