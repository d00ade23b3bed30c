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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    @SuppressWarnings("unchecked")
    void podRunsAsNonRootOnAReadOnlyFilesystem() throws IOException {
        Map<String, Object> podSpec = podSpec();
        Map<String, Object> pod = (Map<String, Object>) podSpec.get("securityContext");
        assertNotNull(pod, "pod securityContext");
        assertEquals(Boolean.TRUE, pod.get("runAsNonRoot"), "runAsNonRoot");
        assertEquals(185, ((Number) pod.get("runAsUser")).intValue(), "runAsUser is the images' user");
        assertEquals(185, ((Number) pod.get("runAsGroup")).intValue(), "runAsGroup is the images' group, not root");
        assertEquals(185, ((Number) pod.get("fsGroup")).intValue(), "fsGroup");

        List<Map<String, Object>> containers = (List<Map<String, Object>>) podSpec.get("containers");
        assertEquals(1, containers.size(), "one container (the merged securityContext did not add a second)");
        Map<String, Object> container = (Map<String, Object>) containers.get(0).get("securityContext");
        assertNotNull(container, "container securityContext");
        assertEquals(Boolean.FALSE, container.get("allowPrivilegeEscalation"), "allowPrivilegeEscalation: false");
        assertEquals(Boolean.TRUE, container.get("readOnlyRootFilesystem"), "readOnlyRootFilesystem");
        assertEquals(List.of("ALL"), ((Map<String, Object>) container.get("capabilities")).get("drop"), "drops ALL capabilities");

        String tmpVolume = ((List<Map<String, Object>>) podSpec.get("volumes")).stream()
                .filter(volume -> volume.containsKey("emptyDir")).map(volume -> (String) volume.get("name"))
                .findFirst().orElseThrow(() -> new AssertionError("an emptyDir volume for /tmp"));
        assertTrue(((List<Map<String, Object>>) containers.get(0).get("volumeMounts")).stream()
                        .anyMatch(mount -> tmpVolume.equals(mount.get("name")) && "/tmp".equals(mount.get("mountPath"))),
                "the emptyDir is mounted at /tmp");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDisruptionBudgetKeepsOneReplica() throws IOException {
        Map<String, Object> budget = documents().stream()
                .filter(document -> "PodDisruptionBudget".equals(document.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no PodDisruptionBudget in the generated manifests"));
        Map<String, Object> spec = (Map<String, Object>) budget.get("spec");
        assertEquals(1, ((Number) spec.get("minAvailable")).intValue(), "minAvailable 1");
        Map<String, Object> selector = (Map<String, Object>) ((Map<String, Object>) spec.get("selector")).get("matchLabels");
        Map<String, Object> podLabels = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                deployment().get("spec")).get("template")).get("metadata")).get("labels");
        selector.forEach((label, value) -> assertEquals(value, podLabels.get(label), "the budget selects the Deployment's pods: " + label));
    }

    @Test
    void imagesRunAsUserAndGroup185() throws IOException {
        for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native")) {
            List<String> users = Files.readAllLines(Path.of("src", "main", "docker", dockerfile)).stream()
                    .map(String::strip).filter(line -> line.startsWith("USER ")).toList();
            assertFalse(users.isEmpty(), dockerfile + " sets a USER");
            String finalUser = users.get(users.size() - 1).substring("USER ".length()).strip();
            assertEquals("185:185", finalUser, dockerfile + ": the running user and its group (not root)");
            assertFalse(Files.readString(Path.of("src", "main", "docker", dockerfile)).contains(":root"),
                    dockerfile + " gives no file to the root group");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> podSpec() throws IOException {
        Map<String, Object> spec = (Map<String, Object>) deployment().get("spec");
        return (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
    }

    private static Map<String, Object> deployment() throws IOException {
        return documents().stream()
                .filter(document -> "Deployment".equals(document.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment in the generated manifests"));
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
