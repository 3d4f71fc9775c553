package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.yaml.Pointer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TolerationTest {
  private static final String CP = Toleration.CONTROL_PLANE;

  private static Toleration t(String key, String operator, String value, String effect) {
    return new Toleration(Pointer.ROOT, key, operator, value, effect, null);
  }

  @ParameterizedTest(name = "key={0} op={1} value={2} effect={3}: {4}")
  @CsvSource(nullValues = "-", value = {
      // key, operator, value, effect, tolerates control-plane:NoSchedule (value "")
      "-, Exists, -, -, true",
      "-, Exists, -, NoSchedule, true",
      "-, Exists, -, NoExecute, false",
      "node-role.kubernetes.io/control-plane, Exists, -, NoSchedule, true",
      "node-role.kubernetes.io/control-plane, Exists, -, -, true",
      "node-role.kubernetes.io/control-plane, Exists, -, '', true",
      "node-role.kubernetes.io/control-plane, Equal, '', NoSchedule, true",
      "node-role.kubernetes.io/control-plane, -, -, NoSchedule, true",
      "node-role.kubernetes.io/control-plane, Equal, true, NoSchedule, false",
      "node-role.kubernetes.io/control-plane, Exists, -, NoExecute, false",
      "node-role.kubernetes.io/control-plane, Exists, -, PreferNoSchedule, false",
      "node-role.kubernetes.io/master, Exists, -, NoSchedule, false",
      "node-role.kubernetes.io/control-plane, exists, -, NoSchedule, false",
      "-, Equal, '', NoSchedule, false",
  })
  void toleratesLikeTheScheduler(String key, String operator, String value, String effect, boolean expected) {
    assertEquals(expected, t(key, operator, value, effect).tolerates(CP, "", "NoSchedule"));
  }

  @Test
  void keyAndEffectHelpers() {
    assertTrue(t(CP, "Exists", null, null).hasKey(CP));
    assertFalse(t(null, "Exists", null, null).hasKey(CP));
    assertTrue(t(CP, "Exists", null, null).coversEffect("NoSchedule"));
    assertTrue(t(CP, "Exists", null, "").coversEffect("NoSchedule"));
    assertFalse(t(CP, "Exists", null, "NoExecute").coversEffect("NoSchedule"));
  }

  @Test
  void podSpecFindsTheTolerationThatTolerates() {
    Toleration master = t(Toleration.MASTER, "Exists", null, "NoSchedule");
    Toleration cp = t(CP, "Exists", null, "NoSchedule");
    assertEquals(null, pod(List.of(master)).tolerationFor(CP, "", "NoSchedule"));
    assertEquals(cp, pod(List.of(master, cp)).tolerationFor(CP, "", "NoSchedule"));
  }

  static PodSpec pod(List<Toleration> tolerations) {
    return new PodSpec(Pointer.ROOT, true, List.of(), List.of(), List.of(), List.of(), null, null,
        null, null, null, tolerations, java.util.Map.of(),
        new NodeAffinity(Pointer.ROOT, false, List.of()), null, null, null, null, null, null, null,
        null, java.util.Map.of(), null, null, null, null, null, null, null);
  }
}
