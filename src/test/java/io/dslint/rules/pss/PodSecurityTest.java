package io.dslint.rules.pss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.model.DaemonSet;
import io.dslint.model.ModelBuilder;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versioning as the admission controller does it: revisions, overrides, latest and clamping. */
class PodSecurityTest {
  private static PolicyVersion v(int minor) {
    return PolicyVersion.of(minor);
  }

  private static List<String> ids(PssLevel level, int minor) {
    return PodSecurity.checksAt(level, v(minor)).stream().map(PssCheck::id).toList();
  }

  @Test
  void versionsParseAndFollowTheCluster() {
    assertEquals(v(30), PolicyVersion.parse("1.30"));
    assertEquals(v(30), PolicyVersion.parse("v1.30"));
    assertEquals(v(30), PolicyVersion.parse("1.30.4"));
    assertEquals("v1.30", v(30).toString());
    assertThrows(IllegalArgumentException.class, () -> PolicyVersion.parse("2.1"));
    assertThrows(IllegalArgumentException.class, () -> PolicyVersion.parse("latest"));
    assertEquals(v(35), PolicyVersion.effective(v(35), null));
    assertEquals(v(35), PolicyVersion.effective(v(35), "latest"));
    assertEquals(v(28), PolicyVersion.effective(v(35), "v1.28"));
    assertEquals(v(33), PolicyVersion.effective(v(33), "v1.35"), "a pin newer than the cluster gets the cluster's checks");
    assertEquals(v(37), PodSecurity.NEWEST_POLICY);
  }

  @Test
  void checksAppearWithTheirFirstRevision() {
    assertTrue(ids(PssLevel.BASELINE, 33).stream().noneMatch(id -> id.equals("hostProbesAndHostLifecycle")));
    assertTrue(ids(PssLevel.BASELINE, 34).contains("hostProbesAndHostLifecycle"));
    assertTrue(ids(PssLevel.RESTRICTED, 22).contains("runAsNonRoot"));
    assertTrue(ids(PssLevel.RESTRICTED, 22).stream().noneMatch(id -> id.equals("runAsUser")));
    assertTrue(ids(PssLevel.RESTRICTED, 7).stream().noneMatch(id -> id.equals("allowPrivilegeEscalation")));
    assertEquals(List.of(), ids(PssLevel.PRIVILEGED, 35));
  }

  @Test
  void restrictedChecksOverrideTheirBaselineCountersOnlyOnceTheyExist() {
    List<String> at18 = ids(PssLevel.RESTRICTED, 18);
    assertTrue(at18.contains("seccompProfile_baseline") && at18.contains("capabilities_baseline"), at18::toString);
    assertTrue(at18.stream().noneMatch(id -> id.equals("hostPathVolumes")), "restrictedVolumes overrides it from v1.0");
    List<String> at22 = ids(PssLevel.RESTRICTED, 22);
    assertTrue(at22.stream().noneMatch(id -> id.equals("seccompProfile_baseline") || id.equals("capabilities_baseline")));
    assertTrue(ids(PssLevel.RESTRICTED, 34).contains("procMount"));
    List<String> at35 = ids(PssLevel.RESTRICTED, 35);
    assertTrue(at35.contains("procMount_restricted") && !at35.contains("procMount"), at35::toString);
    assertTrue(ids(PssLevel.BASELINE, 35).contains("procMount"));
  }

  @Test
  void newerVersionsEvaluateTheNewestRevisions() {
    DaemonSet ds = daemonSet("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: tcp}
        spec:
          template:
            spec:
              securityContext:
                sysctls:
                  - {name: net.ipv4.tcp_notsent_lowat, value: "16384"}
              containers:
                - name: app
                  image: registry.example.com/app:1
        """);
    assertEquals(PssLevel.PRIVILEGED, PodSecurity.verdict(ds.template(), v(36), v(36)).level());
    assertEquals(PssLevel.BASELINE, PodSecurity.verdict(ds.template(), v(37), v(37)).level());
    assertEquals(PssLevel.BASELINE, PodSecurity.verdict(ds.template(), v(40), v(40)).level());
    Verdict at36 = PodSecurity.verdict(ds.template(), v(36), v(36));
    assertEquals(List.of("sysctls"), at36.blockers());
    assertEquals(PssLevel.BASELINE, at36.nextLevel());
  }

  @Test
  void violationsPointAtTheOffendingField() {
    DaemonSet ds = daemonSet("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            metadata:
              annotations:
                container.apparmor.security.beta.kubernetes.io/app: unconfined
            spec:
              containers:
                - name: app
                  image: registry.example.com/app:1
                  ports:
                    - {containerPort: 80, hostPort: 80}
        """);
    List<Violation> vs = PodSecurity.evaluate(ds.template(), PssLevel.BASELINE, v(35), v(35));
    assertEquals(List.of("/spec/template/spec/containers/0/ports/0/hostPort",
            "/spec/template/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app"),
        vs.stream().map(x -> x.pointer().toString()).toList());
    assertEquals("hostPorts: container \"app\" binds host port 80", vs.get(0).message());
    Verdict verdict = PodSecurity.verdict(ds.template(), v(35), v(35));
    assertEquals(PssLevel.PRIVILEGED, verdict.level());
    assertEquals(List.of("hostPorts", "appArmorProfile"), verdict.blockers());
    assertNull(PssLevel.RESTRICTED.next());
  }

  private static DaemonSet daemonSet(String yaml) {
    MapNode root;
    try {
      root = (MapNode) new YamlLoader().load(yaml, 0, 1, List.of(yaml.split("\n"))).root();
    } catch (io.dslint.yaml.YamlSyntaxException e) {
      throw new AssertionError(e);
    }
    return ModelBuilder.daemonSet(ModelBuilder.object(root, Pointer.ROOT));
  }
}
