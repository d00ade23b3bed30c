package com.jkcloud.monitor.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the Kubernetes manifests the build generates (runs after packaging, in {@code verify}). */
class KubernetesManifestIT {

    @Test
    @SuppressWarnings("unchecked")
    void deploymentIsProductionShaped() throws IOException {
        Map<String, Object> deployment = documents().stream()
                .filter(document -> "Deployment".equals(document.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment in the generated manifests"));
        Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
        assertTrue(((Number) spec.get("replicas")).intValue() >= 2, "two or more replicas");

        Map<String, Object> podSpec = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) podSpec.get("containers")).get(0);
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertNotNull(container.get(probe), probe);
        }
        Map<String, Object> resources = (Map<String, Object>) container.get("resources");
        assertNotNull(resources.get("requests"), "resource requests");
        assertNotNull(resources.get("limits"), "resource limits");

        String env = String.valueOf(container.get("env")) + container.get("envFrom");
        assertTrue(env.contains("jk-cloud-monitor-secrets"), "secrets come from the Secret");
        for (String secretKey : List.of("mongodb-uri", "credential-key", "smtp-password")) {
            assertTrue(env.contains(secretKey), secretKey + " from the Secret");
        }
        assertTrue(env.contains("jk-cloud-monitor-config"), "the rest from the ConfigMap");
        assertTrue(String.valueOf(podSpec.get("volumes")).contains("jk-cloud-monitor-jwt"), "JWT keys mounted from a Secret");

        Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec.get("template"))
                .get("metadata")).get("annotations");
        assertEquals("true", String.valueOf(annotations.get("prometheus.io/scrape")), "Prometheus scrapes it");
    }

    private static List<Map<String, Object>> documents() throws IOException {
        Path manifest = Path.of("target", "kubernetes", "kubernetes.yml");
        assertTrue(Files.exists(manifest), "the build generates " + manifest);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(manifest))) {
            if (document instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                documents.add(typed);
            }
        }
        return documents;
    }
}
