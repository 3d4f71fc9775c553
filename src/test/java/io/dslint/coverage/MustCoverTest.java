package io.dslint.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --must-cover: the keywords and kubectl's label selector syntax. */
class MustCoverTest {
  private static KubeNode node(Map<String, String> labels) {
    return KubeNode.create("n", "nodes.yaml", 1, labels, List.of(), false, 0, List.of(), null);
  }

  private static final KubeNode LINUX_WORKER = node(Map.of("kubernetes.io/os", "linux",
      "node-role.kubernetes.io/worker", "", "tier", "edge", "zone", "a"));
  private static final KubeNode WINDOWS = node(Map.of("kubernetes.io/os", "windows", "zone", "b"));
  private static final KubeNode BARE = node(Map.of());

  @Test
  void keywords() {
    assertEquals(MustCover.Kind.SELECTED, MustCover.parse("selected").kind());
    assertTrue(MustCover.parse("selected").requires(BARE, true));
    assertFalse(MustCover.parse("selected").requires(LINUX_WORKER, false));
    assertTrue(MustCover.parse("all").requires(BARE, false));
    assertFalse(MustCover.parse("none").requires(LINUX_WORKER, true));
    MustCover linux = MustCover.parse(" linux ");
    assertTrue(linux.requires(LINUX_WORKER, false));
    assertFalse(linux.requires(WINDOWS, true));
    assertFalse(linux.requires(BARE, true));
    assertEquals("all linux nodes", linux.describe());
    assertEquals("the nodes it selects", MustCover.SELECTED.describe());
  }

  @Test
  void selectors() {
    MustCover exists = MustCover.parse("node-role.kubernetes.io/worker");
    assertTrue(exists.requires(LINUX_WORKER, false));
    assertFalse(exists.requires(WINDOWS, false));
    assertEquals("nodes matching node-role.kubernetes.io/worker", exists.describe());

    MustCover and = MustCover.parse("kubernetes.io/os=linux,tier=edge");
    assertTrue(and.requires(LINUX_WORKER, false));
    assertFalse(and.requires(WINDOWS, false));
    assertTrue(MustCover.parse("kubernetes.io/os==linux").requires(LINUX_WORKER, false));

    assertTrue(MustCover.parse("zone!=b").requires(LINUX_WORKER, false));
    assertFalse(MustCover.parse("zone!=b").requires(WINDOWS, false));
    assertTrue(MustCover.parse("zone!=b").requires(BARE, false), "!= holds without the label, as in kubectl");

    MustCover in = MustCover.parse("zone in (a, c), kubernetes.io/os notin (windows)");
    assertEquals(2, in.selector().size());
    assertTrue(in.requires(LINUX_WORKER, false));
    assertFalse(in.requires(WINDOWS, false));

    assertTrue(MustCover.parse("!gpu").requires(LINUX_WORKER, false));
    assertFalse(MustCover.parse("!tier").requires(LINUX_WORKER, false));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "tier=edge,", "bad key", "tier in edge", "tier in (a,b", "tier=not valid!",
      "!", "a/b/c"})
  void invalidSelectorsAreUsageErrors(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MustCover.parse(text));
    assertTrue(e.getMessage().startsWith("--must-cover \"" + text.strip() + "\": "), e.getMessage());
    assertTrue(e.getMessage().endsWith("(use all, linux, selected, none, or a label selector such as"
        + " node-role.kubernetes.io/worker or kubernetes.io/os=linux,tier=edge)"), e.getMessage());
  }
}
