package io.dslint.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.model.KubeObject;
import io.dslint.model.ModelBuilder;
import io.dslint.model.PodSpec;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlLoader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pod requests as the scheduler computes them (component-helpers resource.PodRequests and the
 * sidecar KEP's formula), on pod specs written in YAML.
 */
class PodRequestsTest {
  private static PodSpec spec(String podSpecYaml) throws Exception {
    String indented = ("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: t}\nspec:\n  template:\n    spec:\n"
        + podSpecYaml.indent(6));
    MapNode root = (MapNode) new YamlLoader().load(indented, 0, 1, List.of(indented.split("\n"))).root();
    KubeObject object = ModelBuilder.object(root, Pointer.ROOT);
    return ModelBuilder.daemonSet(object).podSpec();
  }

  private static Map<String, String> requests(String podSpecYaml) throws Exception {
    Map<String, String> out = new TreeMap<>();
    PodRequests.of(spec(podSpecYaml)).amounts().forEach((r, q) -> out.put(r, q.canonical()));
    return out;
  }

  @Test
  void regularContainersAreSummed() throws Exception {
    assertEquals(Map.of("cpu", "300m", "memory", "384Mi"), requests("""
        containers:
          - {name: a, resources: {requests: {cpu: 100m, memory: 128Mi}}}
          - {name: b, resources: {requests: {cpu: 200m, memory: 256Mi}}}
        """));
  }

  @Test
  void aRequestDefaultsToTheLimit() throws Exception {
    assertEquals(Map.of("cpu", "1", "memory", "64Mi", "nvidia.com/gpu", "1"), requests("""
        containers:
          - {name: a, resources: {requests: {memory: 64Mi}, limits: {cpu: "1", memory: 1Gi, nvidia.com/gpu: 1}}}
        """));
  }

  @Test
  void initContainersCountAtTheirPeak() throws Exception {
    assertEquals(Map.of("cpu", "2", "memory", "128Mi"), requests("""
        initContainers:
          - {name: i1, resources: {requests: {cpu: "2", memory: 64Mi}}}
          - {name: i2, resources: {requests: {cpu: 500m}}}
        containers:
          - {name: a, resources: {requests: {cpu: 100m, memory: 128Mi}}}
        """));
  }

  @Test
  void sidecarsRunAlongsideLaterInitContainersAndTheRegularOnes() throws Exception {
    // Regular + sidecars: 100m + 200m + 300m = 600m. Init i1 starts before both sidecars: 1.
    // Init i2 starts after sidecar s1: 700m + 200m = 900m. The pod needs the largest: 1 (i1).
    assertEquals(Map.of("cpu", "1"), requests("""
        initContainers:
          - {name: i1, resources: {requests: {cpu: "1"}}}
          - {name: s1, restartPolicy: Always, resources: {requests: {cpu: 200m}}}
          - {name: i2, resources: {requests: {cpu: 700m}}}
          - {name: s2, restartPolicy: Always, resources: {requests: {cpu: 300m}}}
        containers:
          - {name: a, resources: {requests: {cpu: 100m}}}
        """));
    // Init i2 needing 900m after s1 (200m): 1100m beats the running sum of 600m.
    assertEquals(Map.of("cpu", "1100m"), requests("""
        initContainers:
          - {name: s1, restartPolicy: Always, resources: {requests: {cpu: 200m}}}
          - {name: i2, resources: {requests: {cpu: 900m}}}
          - {name: s2, restartPolicy: Always, resources: {requests: {cpu: 300m}}}
        containers:
          - {name: a, resources: {requests: {cpu: 100m}}}
        """));
  }

  @Test
  void podLevelRequestsReplaceTheSumAndOverheadIsAdded() throws Exception {
    // cpu: the pod-level request; memory: containers request it, so the pod-level limit does not
    // become the request; hugepages: only the pod-level limit, which becomes the request.
    assertEquals(Map.of("cpu", "2100m", "memory", "192Mi", "hugepages-2Mi", "4Mi"), requests("""
        overhead: {cpu: 100m, memory: 64Mi}
        resources:
          requests: {cpu: "2"}
          limits: {memory: 1Gi, hugepages-2Mi: 4Mi, ephemeral-storage: 1Gi}
        containers:
          - {name: a, resources: {requests: {cpu: 100m, memory: 128Mi}}}
        """));
  }

  @Test
  void zeroRequestsAreLeftOutAndBadQuantitiesReported() throws Exception {
    PodRequests r = PodRequests.of(spec("""
        containers:
          - {name: a, resources: {requests: {cpu: "0", memory: lots}}}
        """));
    assertEquals(Map.of(), r.amounts());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).startsWith("container \"a\": memory: \"lots\" is not a quantity"),
        r.problems().get(0));
  }

  @Test
  void theSourceIsTheLargestContribution() throws Exception {
    PodRequests r = PodRequests.of(spec("""
        containers:
          - {name: a, resources: {requests: {cpu: 100m}}}
          - {name: b, resources: {limits: {cpu: 300m}}}
        """));
    assertEquals("/spec/template/spec/containers/1/resources/limits/cpu", r.sources().get("cpu").toString());
    assertEquals("cpu 400m", r.describe());
  }
}
