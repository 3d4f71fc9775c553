package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
  @Test
  void normalizesPrefixAndCase() {
    assertEquals("SYS_ADMIN", Capabilities.normalize("SYS_ADMIN"));
    assertEquals("SYS_ADMIN", Capabilities.normalize("CAP_SYS_ADMIN"));
    assertEquals("SYS_ADMIN", Capabilities.normalize("cap_sys_admin"));
    assertEquals("NET_RAW", Capabilities.normalize(" Net_Raw "));
    assertEquals("ALL", Capabilities.normalize("all"));
  }

  @Test
  void dropsAllInAnyCaseButNotCapAll() {
    assertTrue(drop("ALL").dropsAll());
    assertTrue(drop("NET_RAW", "all").dropsAll());
    assertTrue(drop("All").dropsAll());
    assertFalse(drop("CAP_ALL").dropsAll());
    assertFalse(drop("NET_RAW").dropsAll());
    assertFalse(drop().dropsAll());
  }

  @Test
  void dropsComparesNormalized() {
    assertTrue(drop("CAP_NET_RAW").drops("net_raw"));
    assertFalse(drop("NET_ADMIN").drops("NET_RAW"));
  }

  @Test
  void readFromContainerSecurityContext() {
    PodSpec spec = Models.podSpec("""
        containers:
          - name: a
            image: a
            securityContext:
              capabilities: {add: [CAP_SYS_ADMIN], drop: [all]}
        """);
    Capabilities caps = spec.containers().get(0).securityContext().capabilities();
    assertTrue(caps.present());
    assertTrue(caps.dropsAll());
    assertEquals("CAP_SYS_ADMIN", caps.add().get(0).value());
    assertEquals("/spec/template/spec/containers/0/securityContext/capabilities/add/0",
        caps.add().get(0).pointer().toString());
  }

  private static Capabilities drop(String... names) {
    List<Located<String>> drop = java.util.Arrays.stream(names)
        .map(n -> new Located<>(n, io.dslint.yaml.Pointer.ROOT)).toList();
    return new Capabilities(io.dslint.yaml.Pointer.ROOT, true, List.of(), drop);
  }
}
