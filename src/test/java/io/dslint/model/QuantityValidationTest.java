package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityValidationTest {
  @ParameterizedTest
  @CsvSource({
      "500m, 0.5", "0.5, 0.5", ".5, 0.5", "5., 5", "1, 1", "+1, 1", "-1, -1", "1k, 1000", "1M, 1000000",
      "1Ki, 1024", "128Mi, 134217728", "1Gi, 1073741824", "1e3, 1000", "1E3, 1000", "1e-3, 0.001",
      "2.5G, 2500000000", "1Ei, 1152921504606846976", "0, 0"})
  void parsesTheApimachineryGrammar(String text, String value) {
    Quantity q = Quantity.tryParse(text);
    assertNotNull(q, text);
    assertEquals(0, q.amount().compareTo(new BigDecimal(value)), text + " = " + q.amount());
  }

  @ParameterizedTest
  // apimachinery reads a missing number as 0, so "m", "Mi" and "e3" are (zero) quantities.
  @ValueSource(strings = {"", "1 Gi", "1gi", "1KB", "1MB", "1.2.3", "0x10", "1e", "1e+", "--1",
      "1mi", "1b", "one", "1Gi ", " 1"})
  void rejectsWhatTheServerRejects(String text) {
    assertNull(Quantity.tryParse(text), text);
  }

  @ParameterizedTest
  @CsvSource({"500m, 0.5", "1Gi, 1073741824", "1000m, 1"})
  void comparesByValue(String a, String b) {
    assertEquals(0, Quantity.tryParse(a).compareTo(Quantity.tryParse(b)));
  }

  @ParameterizedTest
  @CsvSource({"2, true", "2000m, true", "500m, false", "1.5, false", "1e3, true"})
  void knowsWholeNumbers(String text, boolean integer) {
    assertEquals(integer, Quantity.tryParse(text).isInteger());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-500m", "-1Gi"})
  void knowsNegatives(String text) {
    assertTrue(Quantity.tryParse(text).isNegative());
    assertFalse(Quantity.tryParse(text.substring(1)).isNegative());
  }
}
