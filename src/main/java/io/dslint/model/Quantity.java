package io.dslint.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A resource quantity as apimachinery's resource.Quantity parses it:
 * <pre>
 * quantity     ::= signedNumber suffix
 * signedNumber ::= number | "+" number | "-" number
 * number       ::= digits | digits "." digits | digits "." | "." digits
 * suffix       ::= binarySI | decimalExponent | decimalSI
 * binarySI     ::= Ki | Mi | Gi | Ti | Pi | Ei
 * decimalSI    ::= m | "" | k | M | G | T | P | E
 * decimalExponent ::= "e" signedNumber | "E" signedNumber
 * </pre>
 * {@link #value()} is exact, so {@code 500m} and {@code 0.5} compare equal.
 */
public record Quantity(String text, BigDecimal value) implements Comparable<Quantity> {
  private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
      Map.entry("", BigDecimal.ONE),
      Map.entry("m", new BigDecimal("0.001")),
      Map.entry("k", BigDecimal.TEN.pow(3)),
      Map.entry("M", BigDecimal.TEN.pow(6)),
      Map.entry("G", BigDecimal.TEN.pow(9)),
      Map.entry("T", BigDecimal.TEN.pow(12)),
      Map.entry("P", BigDecimal.TEN.pow(15)),
      Map.entry("E", BigDecimal.TEN.pow(18)),
      Map.entry("Ki", BigDecimal.valueOf(2).pow(10)),
      Map.entry("Mi", BigDecimal.valueOf(2).pow(20)),
      Map.entry("Gi", BigDecimal.valueOf(2).pow(30)),
      Map.entry("Ti", BigDecimal.valueOf(2).pow(40)),
      Map.entry("Pi", BigDecimal.valueOf(2).pow(50)),
      Map.entry("Ei", BigDecimal.valueOf(2).pow(60)));

  /** Parses a quantity; returns null when the text is not one (the API server rejects it). */
  public static Quantity parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    int i = 0;
    int n = text.length();
    boolean negative = false;
    if (text.charAt(0) == '+' || text.charAt(0) == '-') {
      negative = text.charAt(0) == '-';
      i++;
    }
    int start = i;
    int digits = 0;
    while (i < n && isAscii(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isAscii(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return null;
    }
    String number = text.substring(start, i);
    String suffix = text.substring(i);
    BigDecimal mantissa = new BigDecimal(number.endsWith(".") ? number + "0" : number.startsWith(".") ? "0" + number : number);
    if (negative) {
      mantissa = mantissa.negate();
    }
    BigDecimal factor = SUFFIXES.get(suffix);
    if (factor != null) {
      return new Quantity(text, mantissa.multiply(factor));
    }
    if (suffix.length() >= 2 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
      String exp = suffix.substring(1);
      int j = exp.startsWith("+") || exp.startsWith("-") ? 1 : 0;
      if (j == exp.length()) {
        return null;
      }
      for (int k = j; k < exp.length(); k++) {
        if (!isAscii(exp.charAt(k))) {
          return null;
        }
      }
      if (exp.length() - j > 6) {
        return null;
      }
      int e = Integer.parseInt(exp);
      return new Quantity(text, mantissa.scaleByPowerOfTen(e));
    }
    return null;
  }

  private static boolean isAscii(char c) {
    return c >= '0' && c <= '9';
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** Whether the value is a whole number (as extended resources must be). */
  public boolean isInteger() {
    return value.stripTrailingZeros().scale() <= 0;
  }

  @Override
  public int compareTo(Quantity o) {
    return value.compareTo(o.value);
  }
}
