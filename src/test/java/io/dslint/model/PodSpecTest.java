package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PodSpecTest {
  private static final String CONTAINER = "containers: [{name: a, image: a}]\n";

  @Test
  void windowsFromOsNameSelectorOrAffinity() {
    assertTrue(Models.podSpec("os: {name: windows}\n" + CONTAINER).targetsWindows());
    assertTrue(Models.podSpec("nodeSelector: {kubernetes.io/os: windows}\n" + CONTAINER).targetsWindows());
    assertTrue(Models.podSpec("nodeSelector: {beta.kubernetes.io/os: windows}\n" + CONTAINER).targetsWindows());
    assertTrue(Models.podSpec("""
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [windows]}]
                - matchExpressions:
                    - {key: kubernetes.io/arch, operator: In, values: [amd64]}
                    - {key: kubernetes.io/os, operator: In, values: [windows]}
        """ + CONTAINER).targetsWindows());
  }

  @Test
  void notWindows() {
    assertFalse(Models.podSpec(CONTAINER).targetsWindows());
    assertFalse(Models.podSpec("nodeSelector: {kubernetes.io/os: linux}\n" + CONTAINER).targetsWindows());
    // os.name wins over a contradicting node selector
    assertFalse(Models.podSpec("os: {name: linux}\nnodeSelector: {kubernetes.io/os: windows}\n"
        + CONTAINER).targetsWindows());
    // a term that also allows linux, a NotIn, a second term without the constraint
    assertFalse(Models.podSpec(affinity("[{key: kubernetes.io/os, operator: In, values: [windows, linux]}]")
        + CONTAINER).targetsWindows());
    assertFalse(Models.podSpec(affinity("[{key: kubernetes.io/os, operator: NotIn, values: [linux]}]")
        + CONTAINER).targetsWindows());
    assertFalse(Models.podSpec("""
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [windows]}]
                - matchExpressions: [{key: kubernetes.io/arch, operator: In, values: [amd64]}]
        """ + CONTAINER).targetsWindows());
  }

  private static String affinity(String expressions) {
    return """
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions: %s
        """.formatted(expressions);
  }

  @Test
  void mountsOfVolumeAcrossContainerKinds() {
    PodSpec spec = Models.podSpec("""
        initContainers:
          - {name: init, image: i, volumeMounts: [{name: logs, mountPath: /a}]}
        containers:
          - name: main
            image: m
            volumeMounts:
              - {name: logs, mountPath: /b, readOnly: true}
              - {name: other, mountPath: /c}
              - {name: logs, mountPath: /d, subPath: x}
        volumes:
          - {name: logs, hostPath: {path: /var/log}}
        """);
    List<ContainerMount> mounts = spec.mountsOf("logs");
    assertEquals(3, mounts.size());
    assertEquals("init", mounts.get(0).container().name());
    assertEquals(ContainerKind.INIT, mounts.get(0).container().kind());
    assertTrue(mounts.get(1).mount().readOnly());
    assertEquals("x", mounts.get(2).mount().subPath());
    assertTrue(spec.mountsOf("nothing").isEmpty());
    assertTrue(spec.mountsOf(null).isEmpty());
  }

  @Test
  void hostPortsExplicitAndFromHostNetwork() {
    PodSpec plain = Models.podSpec("""
        containers:
          - name: a
            image: a
            ports:
              - {containerPort: 80}
              - {containerPort: 81, hostPort: 8081}
              - {containerPort: 82, hostPort: 0}
        """);
    List<HostPortUse> uses = plain.hostPortUses();
    assertEquals(1, uses.size());
    assertEquals(8081, uses.get(0).hostPort());
    assertTrue(uses.get(0).explicit());

    PodSpec hostNetwork = Models.podSpec("""
        hostNetwork: true
        initContainers:
          - {name: side, image: s, restartPolicy: Always, ports: [{containerPort: 9000}]}
        containers:
          - name: a
            image: a
            ports:
              - {containerPort: 80}
              - {containerPort: 81, hostPort: 81}
              - {name: no-number}
        """);
    uses = hostNetwork.hostPortUses();
    assertEquals(3, uses.size());
    assertEquals("side", uses.get(0).container().name());
    assertEquals(9000, uses.get(0).hostPort());
    assertFalse(uses.get(0).explicit());
    assertEquals(80, uses.get(1).hostPort());
    assertFalse(uses.get(1).explicit());
    assertTrue(uses.get(2).explicit());
  }
}
