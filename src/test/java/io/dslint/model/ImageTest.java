package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.yaml.Pointer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageTest {
  private static final String SHA = "sha256:3b1f8c3e2d9a0f7c6b5a4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b";

  private static Image parse(String ref) {
    return Image.parse(ref, Pointer.ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      // reference, registry, repository, tag
      "nginx, -, nginx, -",
      "nginx:1.25, -, nginx, 1.25",
      "library/nginx:1.25, -, library/nginx, 1.25",
      "docker.io/library/nginx, docker.io, library/nginx, -",
      "registry:5000/app, registry:5000, app, -",
      "registry.example.com:5000/team/app:1.0, registry.example.com:5000, team/app, 1.0",
      "localhost/app:dev, localhost, app, dev",
      "localhost:5000/app, localhost:5000, app, -",
      "quay.io/latest/latest:2.0, quay.io, latest/latest, 2.0",
      "registry:5000, -, registry, 5000",
  })
  void splitsRegistryRepositoryAndTag(String ref, String registry, String repository, String tag) {
    Image image = parse(ref);
    assertEquals(registry, image.registry());
    assertEquals(repository, image.repository());
    assertEquals(tag, image.tag());
    assertNull(image.digest());
  }

  @ParameterizedTest(name = "{0} floats on latest: {1}")
  @CsvSource({
      "nginx, true",
      "nginx:latest, true",
      "nginx:LATEST, true",
      "nginx:Latest, true",
      "registry:5000/app, true",
      "registry:5000/app:latest, true",
      "nginx:1.25, false",
      "nginx:latest-1.25, false",
      "quay.io/latest/latest:2.0, false",
      "nginx@" + SHA + ", false",
      "nginx:latest@" + SHA + ", false",
      "registry:5000/app@" + SHA + ", false",
  })
  void floatsOnLatest(String ref, boolean expected) {
    assertEquals(expected, parse(ref).floatsOnLatest());
  }

  @ParameterizedTest(name = "{0} pinned: {1}")
  @CsvSource({
      "nginx@" + SHA + ", true",
      "nginx:1.25@" + SHA + ", true",
      "nginx:latest@" + SHA + ", true",
      "registry:5000/app@" + SHA + ", true",
      "nginx@sha256:3b1f8c3e, false",
      "nginx@sha256:3B1F8C3E2D9A0F7C6B5A4E3D2C1B0A9F8E7D6C5B4A3F2E1D0C9B8A7F6E5D4C3B, false",
      "nginx@latest, false",
      "nginx:1.25, false",
      "nginx, false",
  })
  void pinnedOnlyByAWellFormedDigest(String ref, boolean expected) {
    assertEquals(expected, parse(ref).isPinned());
  }

  @ParameterizedTest
  @CsvSource({"nginx:latest@" + SHA})
  void keepsTagBesideDigest(String ref) {
    Image image = parse(ref);
    assertEquals("latest", image.tag());
    assertEquals(SHA, image.digest());
    assertTrue(image.hasDigest());
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '"})
  void emptyReferenceIsEmpty(String ref) {
    assertTrue(parse(ref).isEmpty());
    assertFalse(parse("nginx").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"registry:5000/app, true", "registry.example.com/app, false", "app, false"})
  void registryPort(String ref, boolean expected) {
    assertEquals(expected, parse(ref).registryHasPort());
  }
}
