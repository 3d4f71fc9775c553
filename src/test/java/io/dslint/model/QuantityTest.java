package io.dslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Quantities as k8s.io/apimachinery resource.ParseQuantity reads them; expected values follow
 * apimachinery's own tests (quantity_test.go) and the scheduler's rounding (MilliValue, Value).
 */
class QuantityTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      // decimal SI
      "0, 0",
      "1, 1",
      "100m, 0.1",
      "1500m, 1.5",
      "250u, 0.00025",
      "5n, 0.000000005",
      "1k, 1000",
      "2M, 2000000",
      "3G, 3000000000",
      "4T, 4000000000000",
      "5P, 5000000000000000",
      "6E, 6000000000000000000",
      // binary SI
      "1Ki, 1024",
      "200Mi, 209715200",
      "1.5Gi, 1610612736",
      "2Ti, 2199023255552",
      "1Pi, 1125899906842624",
      "1Ei, 1152921504606846976",
      "0.5Ki, 512",
      // exponents
      "1e3, 1000",
      "1E3, 1000",
      "1e+3, 1000",
      "1e-3, 0.001",
      "12e6, 12000000",
      "1.5e2, 150",
      // decimals, signs and leading zeros
      "0.5, 0.5",
      ".5, 0.5",
      "1., 1",
      "007, 7",
      "00.5, 0.5",
      "+1, 1",
      "-1, -1",
      "-100m, -0.1",
      "1.25, 1.25",
      // rounding up to 1n, away from zero
      "1.5n, 0.000000002",
      "0.1n, 0.000000001",
      "1e-12, 0.000000001",
      "-0.1n, -0.000000001",
      // quirks of the original: a lone sign or a bare suffix is zero
      "+, 0",
      "-, 0",
      "Gi, 0",
      "m, 0",
  })
  void parsesAsApimachineryDoes(String text, String expected) {
    Quantity q = Quantity.parse(text);
    assertEquals(0, new BigDecimal(expected).compareTo(q.amount()), () -> text + " -> " + q.amount());
    assertEquals(text, q.toString(), "keeps the written form");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "abc", "1K", "1k1", "1kb", "1 Gi", " 1", "1Gi ", "1.1.1", "1e", "1e3.5", "1ee3",
      "1Mi1", "--1", "1-", "0x10", "1,5", "Gi1", "1m2", "1e999", "12345678901234567890123456789012345678901234567890123456789012345"})
  void refusesWhatApimachineryRefuses(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
    assertTrue(e.getMessage().length() > 10, e.getMessage());
  }

  @Test
  void messagesSayWhatIsWrong() {
    assertEquals("\"1K\" is not a quantity: unknown suffix \"K\" (use k, M, G, T, P, E for powers of 1000,"
        + " Ki, Mi, Gi, Ti, Pi, Ei for powers of 1024, m, u, n for fractions, or an exponent such as e3)",
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1K")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Quantity.parse("2 cores")).getMessage()
        .startsWith("\"2 cores\" is not a quantity: unexpected \" \""));
  }

  @ParameterizedTest(name = "{0}: milli {1}, value {2}")
  @CsvSource({
      "100m, 100, 1",
      "1, 1000, 1",
      "1.5, 1500, 2",
      "0.1m, 1, 1",
      "1n, 1, 1",
      "3920m, 3920, 4",
      "128974848, 128974848000, 128974848",
      "129e6, 129000000000, 129000000",
      "123Mi, 128974848000, 128974848",
      "0.5Ki, 512000, 512",
      "-1.5, -1500, -2",
  })
  void roundsUpAsTheSchedulerCounts(String text, long milli, long value) {
    Quantity q = Quantity.parse(text);
    assertEquals(milli, q.milliValue());
    assertEquals(value, q.value());
  }

  @Test
  void hugeValuesSaturateAndBinaryIsCapped() {
    assertEquals(Long.MAX_VALUE, Quantity.parse("9e50").value());
    assertEquals(Long.MAX_VALUE, Quantity.parse("8Ei").milliValue());
    assertEquals(new BigDecimal(Long.MAX_VALUE), Quantity.parse("9Ei").amount(), "BinarySI caps at 2^63-1");
    assertEquals(Long.MIN_VALUE, Quantity.parse("-9e50").value());
  }

  @Test
  void sumsKeepTheFirstNonZeroFormat() {
    Quantity sum = Quantity.parse("100Mi").add(Quantity.parse("156Mi"));
    assertEquals(Quantity.Format.BINARY_SI, sum.format());
    assertEquals("256Mi", sum.toString());
    Quantity fromZero = Quantity.ZERO.add(Quantity.parse("1Gi"));
    assertEquals(Quantity.Format.BINARY_SI, fromZero.format());
    assertEquals("1500m", Quantity.parse("1").add(Quantity.parse("500m")).toString());
    assertEquals(Quantity.parse("2"), Quantity.parse("1500m").max(Quantity.parse("2000m")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0.5, 500m",
      "1.5, 1500m",
      "2000, 2k",
      "1500, 1500",
      "1e3, 1k",
      "5n, 5n",
      "1Gi, 1Gi",
      "1.5Gi, 1536Mi",
      "1536, 1536",
      "1000Ki, 1000Ki",
      "0.5Ki, 512",
      "12e6, 12M",
      "-2Gi, -2Gi",
  })
  void canonicalForm(String text, String canonical) {
    assertEquals(canonical, Quantity.parse(text).canonical());
  }

  @Test
  void equalityIsByValue() {
    assertEquals(Quantity.parse("1Gi"), Quantity.parse("1073741824"));
    assertEquals(Quantity.parse("1Gi").hashCode(), Quantity.parse("1073741824").hashCode());
    assertEquals(Quantity.parse("1"), Quantity.parse("1000m"));
    assertEquals(Quantity.parse("1").hashCode(), Quantity.parse("1000m").hashCode());
    assertTrue(Quantity.parse("1G").compareTo(Quantity.parse("1Gi")) < 0);
    assertEquals(Quantity.of(110), Quantity.parse("110"));
  }
}
