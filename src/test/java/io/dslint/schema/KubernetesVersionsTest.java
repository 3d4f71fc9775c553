package io.dslint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.rules.RuleOptions;
import org.junit.jupiter.api.Test;

class KubernetesVersionsTest {
  private final KubernetesVersions versions = KubernetesVersions.embedded();

  @Test
  void embedsOneVersionPerClientRelease() {
    assertEquals(java.util.List.of("1.25", "1.27", "1.28", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"),
        versions.versions());
    assertEquals("26.0.1", versions.clientRelease("1.35"));
    assertEquals("27.0.0", versions.clientRelease("1.36"));
  }

  @Test
  void newestIsTheDefault() {
    assertEquals(versions.newest(), RuleOptions.NEWEST_KUBERNETES_VERSION);
    assertEquals(versions.newest(), SchemaOptions.defaults().kubernetesVersion());
  }

  @Test
  void exactVersionsAndPatchReleases() {
    assertEquals(new KubernetesVersions.Resolution("1.32", null), versions.resolve("1.32"));
    assertEquals("1.32", versions.resolve("v1.32.4").version());
    assertNull(versions.resolve("1.32.4").warning());
  }

  @Test
  void minorsWithoutClientReleaseMapToTheNearestWithAWarning() {
    KubernetesVersions.Resolution r26 = versions.resolve("1.26");
    assertEquals("1.27", r26.version());
    assertTrue(r26.warning().contains("1.26") && r26.warning().contains("1.27"), r26.warning());
    assertEquals("1.30", versions.resolve("1.29").version());
  }

  @Test
  void unsupportedVersionsNameTheNearest() {
    IllegalArgumentException old = assertThrows(IllegalArgumentException.class, () -> versions.resolve("1.20"));
    assertTrue(old.getMessage().contains("nearest is 1.25"), old.getMessage());
    IllegalArgumentException future = assertThrows(IllegalArgumentException.class, () -> versions.resolve("1.40"));
    assertTrue(future.getMessage().contains("nearest is " + versions.newest()), future.getMessage());
    assertThrows(IllegalArgumentException.class, () -> versions.resolve("latest"));
    assertThrows(IllegalArgumentException.class, () -> versions.resolve("2.0"));
  }
}
