package io.dslint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dslint.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleDocBundleTest {
  /** The bundle on the class path holds every rule doc of the repository, byte for byte. */
  @Test
  void bundleOnTheClassPathHoldsEveryRuleDocUnchanged() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> docs = Files.list(TestPaths.project().resolve("rules"))) {
      for (Path doc : docs.toList()) {
        String name = doc.getFileName().toString();
        if (name.endsWith(".md") && !name.equals("README.md")) {
          expected.put(name.substring(0, name.length() - 3), Files.readString(doc, StandardCharsets.UTF_8));
        }
      }
    }
    Map<String, String> packed = new TreeMap<>();
    RuleDocBundle.read().forEach((id, utf8) -> packed.put(id, new String(utf8, StandardCharsets.UTF_8)));
    assertEquals(expected, packed);
  }

  @Test
  void truncatedBundleIsRefused() throws IOException {
    byte[] bundle = RuleDocBundle.pack(TestPaths.project().resolve("rules"));
    byte[] cut = Arrays.copyOf(bundle, bundle.length - 1);
    assertThrows(IllegalStateException.class, () -> RuleDocBundle.unpack(cut));
  }
}
