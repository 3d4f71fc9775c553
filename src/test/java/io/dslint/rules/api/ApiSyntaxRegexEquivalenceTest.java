package io.dslint.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ApiSyntax checks character classes by hand; here each check is compared with the regular
 * expression of apimachinery's util/validation that it implements, on hand-picked edge cases and
 * on random strings over the characters that matter.
 */
class ApiSyntaxRegexEquivalenceTest {
  private static final String ALPHABET = "az09AZ-_./%=:~ \u00e9";

  @Test
  void handWrittenChecksMatchTheirExpressions() {
    List<String> inputs = new ArrayList<>(List.of("", "a", "A", "0", "-", ".", "_", "%", "a-", "-a", "a.b", "a..b",
        ".a", "a.", "a-b.c-d", "a_b", "A_b.C", "1%", "%", "12%", "1 %", "x--y", "abc", "a b", "caf\u00e9"));
    Random random = new Random(20261128);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      inputs.add(sb.toString());
    }
    assertSame(inputs, "[a-z0-9]([-a-z0-9]*[a-z0-9])?", v -> ApiSyntax.isDns1123Label(v, 0, v.length()));
    assertSame(inputs, "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*", ApiSyntax::isDns1123Subdomain);
    assertSame(inputs, "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]", ApiSyntax::isQualifiedNamePart);
    assertSame(inputs, "[-._a-zA-Z][-._a-zA-Z0-9]*", ApiSyntax::isCEnvName);
    assertSame(inputs, "[-._a-zA-Z0-9]+", ApiSyntax::isConfigMapKey);
    assertSame(inputs, "[0-9]+%", ApiSyntax::isPercent);
    Pattern portChars = Pattern.compile("[-a-z0-9]+");
    Pattern hasLetter = Pattern.compile(".*[a-z].*");
    for (String v : inputs) {
      boolean charsOk = portChars.matcher(v).matches();
      String expected = v.length() > 15 ? "must be no more than 15 characters"
          : !charsOk ? "must contain only lower case letters, digits and '-'"
          : !hasLetter.matcher(v).matches() ? "must contain at least one letter"
          : v.contains("--") ? "must not contain consecutive hyphens"
          : v.startsWith("-") || v.endsWith("-") ? "must not begin or end with a hyphen" : null;
      assertEquals(expected, ApiSyntax.portName(v), "port name \"" + v + "\"");
    }
  }

  private static void assertSame(List<String> inputs, String regex, Predicate<String> check) {
    Pattern p = Pattern.compile(regex);
    for (String v : inputs) {
      assertEquals(p.matcher(v).matches(), check.test(v), regex + " on \"" + v + "\"");
    }
  }
}
