package com.jkcloud.monitor.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The native binary only holds the classpath resources its configuration names: a {@code @Startup} bean reading
 * one that is left out stops the binary at start. Every resource the main code names is checked against
 * {@code quarkus.native.resources.includes}; after a native (sources-only) build, also against the generated
 * resource configuration ({@code -Dnative.sources.required=true} in CI makes its absence a failure).
 */
class NativeResourcesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern RESOURCE_READ = Pattern.compile("getResource(AsStream)?\\(|getResources\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.\\-]+(?:/[A-Za-z0-9_.\\-*]+)*/?)\"");
    /** Served or compiled by Quarkus itself, which puts them in the native image. */
    private static final List<String> INCLUDED_BY_QUARKUS = List.of("META-INF/resources", "templates");

    @Test
    void everyResourceTheCodeReadsIsInTheNativeConfiguration() throws IOException {
        List<String> includes = nativeIncludes();
        Set<String> named = new TreeSet<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            if (!RESOURCE_READ.matcher(code).find()) {
                continue;
            }
            List<String> resources = resourcesNamedIn(code);
            assertFalse(resources.isEmpty(), source + " reads a classpath resource but names none this test can find in "
                    + RESOURCES + "; name it in a constant so the native configuration can be checked");
            named.addAll(resources);
        }
        assertFalse(named.isEmpty(), "the code reads shipped resources (the default pages, the low-end model list)");

        List<String> missing = new ArrayList<>();
        for (String resource : named) {
            boolean quarkusOwn = INCLUDED_BY_QUARKUS.stream().anyMatch(root -> resource.equals(root) || resource.startsWith(root + "/"));
            if (!quarkusOwn && !matchesAny(includes, resource)) {
                missing.add(resource);
            }
        }
        assertTrue(missing.isEmpty(), "not in quarkus.native.resources.includes " + includes + ": " + missing);

        String generated = generatedResourceConfig();
        if (generated == null) {
            assertFalse(Boolean.getBoolean("native.sources.required"),
                    "no generated native resource configuration under target/native-sources (build with"
                            + " -Dquarkus.native.enabled=true -Dquarkus.native.sources-only=true first)");
            return;
        }
        List<PathMatcher> generatedPatterns = patternsOf(generated);
        for (String resource : named) {
            if (!Files.isDirectory(RESOURCES.resolve(resource))) {
                assertTrue(generatedPatterns.stream().anyMatch(pattern -> pattern.matches(Path.of(resource))),
                        "the generated native resource configuration leaves out " + resource);
            }
        }
    }

    /** The {@code pattern} (regular expression) and {@code glob} entries of resource-config/reachability-metadata JSON. */
    private static List<PathMatcher> patternsOf(String json) {
        List<PathMatcher> patterns = new ArrayList<>();
        Matcher entry = Pattern.compile("\"(pattern|glob)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (entry.find()) {
            String value = entry.group(2).replace("\\\\", "\\").replace("\\\"", "\"");
            patterns.add(FileSystems.getDefault().getPathMatcher((entry.group(1).equals("glob") ? "glob:" : "regex:") + value));
        }
        return patterns;
    }

    /** String literals naming a file or folder under src/main/resources. */
    private static List<String> resourcesNamedIn(String code) {
        List<String> resources = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            String name = literal.group(1).replaceAll("/$", "");
            if (name.contains("/") && Files.exists(RESOURCES.resolve(name))) {
                resources.add(name);
            }
        }
        return resources;
    }

    private static boolean matchesAny(List<String> globs, String resource) {
        Path asPath = Path.of(resource);
        for (String glob : globs) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(asPath)) {
                return true;
            }
            if (Files.isDirectory(RESOURCES.resolve(resource)) && glob.startsWith(resource + "/")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> nativeIncludes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.properties"))) {
            properties.load(in);
        }
        String includes = properties.getProperty("quarkus.native.resources.includes", "");
        return Stream.of(includes.split(",")).map(String::strip).filter(glob -> !glob.isEmpty()).toList();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    /** The generated resource configuration (plain files or inside the native-sources jar), null before a native build. */
    private static String generatedResourceConfig() throws IOException {
        Path nativeSources = Path.of("target", "native-sources");
        if (!Files.isDirectory(nativeSources)) {
            return null;
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(nativeSources)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (isResourceConfig(name)) {
                    all.append(Files.readString(file));
                } else if (name.endsWith("-runner.jar")) {
                    try (ZipFile jar = new ZipFile(file.toFile())) {
                        for (ZipEntry entry : jar.stream().toList()) {
                            if (isResourceConfig(Path.of(entry.getName()).getFileName().toString())) {
                                all.append(new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        }
        if (all.isEmpty()) {
            fail("target/native-sources holds no resource-config.json or reachability-metadata.json");
        }
        return all.toString();
    }

    private static boolean isResourceConfig(String fileName) {
        return fileName.equals("resource-config.json") || fileName.equals("reachability-metadata.json");
    }
}
