package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.model.NodeAffinity.NodeSelectorRequirement;
import io.dslint.model.NodeAffinity.NodeSelectorTerm;
import io.dslint.yaml.Pointer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeAffinityTest {
  private static final List<String> OS = List.of("kubernetes.io/os", "beta.kubernetes.io/os");

  private static NodeSelectorRequirement req(String key, String op, String... values) {
    return new NodeSelectorRequirement(Pointer.ROOT, key, op, List.of(values));
  }

  private static NodeSelectorTerm term(NodeSelectorRequirement... reqs) {
    return new NodeSelectorTerm(Pointer.ROOT, List.of(reqs), List.of());
  }

  private static NodeAffinity affinity(NodeSelectorTerm... terms) {
    return new NodeAffinity(Pointer.ROOT, true, List.of(terms));
  }

  @Test
  void everyTermMustConstrain() {
    NodeSelectorTerm linux = term(req("kubernetes.io/os", "In", "linux"));
    NodeSelectorTerm arch = term(req("kubernetes.io/arch", "In", "amd64"));
    assertTrue(affinity(linux).constrainsInEveryTerm(OS));
    assertTrue(affinity(linux, term(req("kubernetes.io/arch", "In", "arm64"),
        req("kubernetes.io/os", "In", "linux"))).constrainsInEveryTerm(OS));
    assertFalse(affinity(linux, arch).constrainsInEveryTerm(OS));
    assertEquals(arch, affinity(linux, arch).firstTermNotConstraining(OS));
    assertFalse(affinity().constrainsInEveryTerm(OS));
  }

  @Test
  void onlyInAndNotInWithValuesConstrain() {
    assertTrue(req("kubernetes.io/os", "NotIn", "windows").constrains(OS));
    assertTrue(req("beta.kubernetes.io/os", "In", "linux").constrains(OS));
    assertFalse(req("kubernetes.io/os", "Exists").constrains(OS));
    assertFalse(req("kubernetes.io/os", "DoesNotExist").constrains(OS));
    assertFalse(req("kubernetes.io/os", "In").constrains(OS));
    assertFalse(req("kubernetes.io/arch", "In", "amd64").constrains(OS));
  }

  @Test
  void restrictsToOneValueInEveryTerm() {
    NodeSelectorTerm windows = term(req("kubernetes.io/os", "In", "windows"));
    assertTrue(affinity(windows).restrictsInEveryTerm(OS, "windows"));
    assertTrue(affinity(windows, term(req("kubernetes.io/arch", "In", "amd64"),
        req("kubernetes.io/os", "In", "windows", "windows"))).restrictsInEveryTerm(OS, "windows"));
    assertFalse(affinity(term(req("kubernetes.io/os", "In", "windows", "linux"))).restrictsInEveryTerm(OS, "windows"));
    assertFalse(affinity(term(req("kubernetes.io/os", "NotIn", "linux"))).restrictsInEveryTerm(OS, "windows"));
    assertFalse(affinity(windows, term(req("kubernetes.io/arch", "In", "amd64"))).restrictsInEveryTerm(OS, "windows"));
    assertFalse(affinity().restrictsInEveryTerm(OS, "windows"));
    assertTrue(pod(Map.of("kubernetes.io/os", "windows"), affinity()).restrictsNodeLabelTo(OS, "windows"));
    assertFalse(pod(Map.of("kubernetes.io/os", "linux"), affinity()).restrictsNodeLabelTo(OS, "windows"));
  }

  @Test
  void podSpecConstrainsByNodeSelectorOrAffinity() {
    PodSpec bySelector = pod(Map.of("kubernetes.io/os", "linux"), affinity());
    PodSpec byAffinity = pod(Map.of(), affinity(term(req("kubernetes.io/os", "In", "linux"))));
    PodSpec neither = pod(Map.of("disktype", "ssd"), affinity(term(req("disktype", "In", "ssd"))));
    assertTrue(bySelector.constrainsNodeLabel(OS));
    assertTrue(byAffinity.constrainsNodeLabel(OS));
    assertFalse(neither.constrainsNodeLabel(OS));
  }

  private static PodSpec pod(Map<String, String> nodeSelector, NodeAffinity affinity) {
    return new PodSpec(Pointer.ROOT, true, List.of(), List.of(), List.of(), List.of(), null, null,
        null, null, null, List.of(), nodeSelector, affinity, null, null, null, null, null, null, null,
        null, Map.of(), null, null, null, null, null, null, null);
  }
}
