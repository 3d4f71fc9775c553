package io.dslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Findings.format gives exactly String.format(Locale.ROOT, …), also where it hands over to it. */
class FindingsFormatTest {
  @Test
  void sameTextAsStringFormat() {
    List<Object[]> cases = List.of(
        new Object[] {"container %s binds hostPort %d on every node%s: 100%% sure", "agent", 8080, ""},
        new Object[] {"%s and %s", null, "x"},
        new Object[] {"%d %d", -12345678901L, Integer.MIN_VALUE},
        new Object[] {"%s", List.of("a", "b")},
        new Object[] {"%5s|%-3d|%x", "ab", 7, 255},
        new Object[] {"%d", (short) 3},
        new Object[] {"%s %s", "one", "two", "extra"},
        new Object[] {"unicode %s ✓", "ü"});
    for (Object[] c : cases) {
      String format = (String) c[0];
      Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      assertEquals(String.format(Locale.ROOT, format, args), Findings.format(format, args), format);
    }
  }

  @Test
  void failsLikeStringFormat() {
    assertThrows(IllegalFormatException.class, () -> Findings.format("%s and %s", "one"));
    assertThrows(IllegalFormatException.class, () -> Findings.format("%d", "text"));
    assertThrows(IllegalFormatException.class, () -> Findings.format("ends with %", "unused"));
  }
}
