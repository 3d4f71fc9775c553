package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Effective values computed by the model: parsed images, normalised paths, inheritance, matching. */
class ModelValuesTest {
  private static Image image(String ref) {
    return Image.parse(ref, Pointer.ROOT);
  }

  @Test
  void imageReferences() {
    Image plain = image("nginx");
    assertNull(plain.registry());
    assertEquals("nginx", plain.repository());
    assertNull(plain.tag());

    Image port = image("registry.local:5000/team/app");
    assertEquals("registry.local:5000", port.registry());
    assertEquals("team/app", port.repository());
    assertNull(port.tag(), "a registry port is not a tag");

    Image tagged = image("localhost/app:1.2");
    assertEquals("localhost", tagged.registry());
    assertEquals("1.2", tagged.tag());

    Image digest = image("quay.io/org/app:v1@sha256:abcd");
    assertEquals("v1", digest.tag());
    assertEquals("sha256:abcd", digest.digest());
    assertTrue(digest.hasDigest());

    Image library = image("library/busybox:latest");
    assertNull(library.registry(), "a first component without a dot or port is a path");
    assertEquals("latest", library.tag());
  }

  @Test
  void hostPathNormalisation() {
    assertEquals("/etc", HostPath.normalize("//etc"));
    assertEquals("/etc", HostPath.normalize("/etc/"));
    assertEquals("/etc/kubernetes", HostPath.normalize("/etc/../etc/./kubernetes"));
    assertEquals("/", HostPath.normalize("/../.."));
    assertEquals("relative/path", HostPath.normalize("relative/path"));
    assertTrue(HostPath.isWithin("/etc/kubernetes/pki", "/etc"));
    assertTrue(HostPath.isWithin("/var", "/"));
    assertFalse(HostPath.isWithin("/etcetera", "/etc"));
  }

  @Test
  void tolerationMatchingFollowsTheScheduler() {
    Toleration existsAll = new Toleration(Pointer.ROOT, null, "Exists", null, null, null);
    assertTrue(existsAll.tolerates("node-role.kubernetes.io/control-plane", "", "NoSchedule"));
    Toleration keyNoEffect = new Toleration(Pointer.ROOT, "k", "Exists", null, null, null);
    assertTrue(keyNoEffect.tolerates("k", "v", "NoExecute"));
    Toleration equal = new Toleration(Pointer.ROOT, "k", null, "v", "NoSchedule", null);
    assertTrue(equal.tolerates("k", "v", "NoSchedule"));
    assertFalse(equal.tolerates("k", "w", "NoSchedule"));
    assertFalse(equal.tolerates("k", "v", "NoExecute"));
    Toleration equalNoKey = new Toleration(Pointer.ROOT, null, "Equal", null, null, null);
    assertFalse(equalNoKey.tolerates("k", "", "NoSchedule"), "Equal needs a key");
  }

  @Test
  void containersInheritPodSecurityContextAndClassifyInitContainers() throws Exception {
    String yaml = String.join("\n",
        "apiVersion: apps/v1",
        "kind: DaemonSet",
        "spec:",
        "  template:",
        "    spec:",
        "      securityContext:",
        "        runAsNonRoot: true",
        "        runAsUser: 1000",
        "        seccompProfile: {type: RuntimeDefault}",
        "      initContainers:",
        "        - name: setup",
        "        - name: proxy",
        "          restartPolicy: Always",
        "      containers:",
        "        - name: main",
        "          securityContext:",
        "            runAsUser: 0",
        "          resources:",
        "            limits: {cpu: 500m, memory: 1Gi}",
        "            requests: {memory: 512Mi}",
        "");
    MapNode root = (MapNode) new YamlLoader().load(yaml, 0, 1, List.of(yaml.split("\n"))).root();
    DaemonSet ds = ModelBuilder.daemonSet(ModelBuilder.object(root, Pointer.ROOT));
    PodSpec pod = ds.podSpec();
    assertEquals(ContainerKind.INIT, pod.initContainers().get(0).kind());
    assertEquals(ContainerKind.SIDECAR, pod.initContainers().get(1).kind());
    assertEquals(List.of("proxy", "main"), pod.longRunningContainers().stream().map(Container::name).toList());

    Container main = pod.containers().get(0);
    assertEquals(0L, main.security().runAsUser().value(), "the container wins");
    assertEquals("/spec/template/spec/containers/0/securityContext/runAsUser",
        main.security().runAsUser().pointer().toString());
    assertEquals(true, main.security().runAsNonRoot().value(), "inherited from the pod");
    assertEquals("/spec/template/spec/securityContext/runAsNonRoot",
        main.security().runAsNonRoot().pointer().toString());
    assertEquals("RuntimeDefault", main.security().seccompProfile().value().type());
    assertEquals("500m", main.resources().effectiveRequest("cpu").value(), "request defaulted from the limit");
    assertEquals("512Mi", main.resources().effectiveRequest("memory").value());
  }
}
