package io.dslint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {
  private static boolean path(String glob, String file) {
    return Glob.path(glob).matcher(file).matches();
  }

  @Test
  void pathGlobsWorkLikeGitignore() {
    assertTrue(path("vendor/", "vendor/a.yaml"));
    assertTrue(path("vendor/", "deploy/vendor/chart/a.yaml"));
    assertTrue(path("*.generated.yaml", "deploy/x.generated.yaml"));
    assertFalse(path("*.generated.yaml", "deploy/x.yaml"));
    assertTrue(path("/deploy/*.yaml", "deploy/a.yaml"));
    assertFalse(path("/deploy/*.yaml", "other/deploy/a.yaml"));
    assertFalse(path("deploy/*.yaml", "deploy/sub/a.yaml"));
    assertTrue(path("deploy/**/a.yaml", "deploy/a.yaml"));
    assertTrue(path("deploy/**/a.yaml", "deploy/x/y/a.yaml"));
    assertTrue(path("**/templates/**", "charts/agent/templates/ds.yaml"));
    assertTrue(path("charts/{a,b}/x?.yaml", "charts/b/x1.yaml"));
    assertFalse(path("charts/{a,b}/x?.yaml", "charts/c/x1.yaml"));
    assertTrue(path("[!.]*.yaml", "a.yaml"));
    assertFalse(path("[!.]*.yaml", ".dslint.yaml"));
  }

  @Test
  void nameGlobs() {
    assertTrue(Glob.name("calico-*").matcher("calico-node").matches());
    assertTrue(Glob.name("{calico,cilium}-node").matcher("cilium-node").matches());
    assertFalse(Glob.name("calico-*").matcher("xcalico-node").matches());
    assertTrue(Glob.name("kube-?").matcher("kube-1").matches());
    assertTrue(Glob.name("a.b").matcher("a.b").matches());
    assertFalse(Glob.name("a.b").matcher("axb").matches());
  }

  @Test
  void problems() {
    assertNull(Glob.problem("a/{b,c}/[xy]*"));
    assertEquals("unclosed [ in pattern \"a[b\"", Glob.problem("a[b"));
    assertEquals("unclosed { in pattern \"{a,b\"", Glob.problem("{a,b"));
    assertEquals("empty pattern", Glob.problem(" "));
  }
}
