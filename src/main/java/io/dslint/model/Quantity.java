package io.dslint.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A Kubernetes resource quantity, parsed as k8s.io/apimachinery's {@code resource.ParseQuantity}
 * does: an optional sign, digits with an optional decimal point, then a suffix — decimal SI
 * ({@code n u m "" k M G T P E}), binary SI ({@code Ki Mi Gi Ti Pi Ei}) or a decimal exponent
 * ({@code e3}, {@code E-2}). The value is kept exactly, rounded away from zero to a billionth
 * (1n) as the API server rounds it; binary quantities are capped at 2^63-1.
 *
 * <p>The scheduler compares CPU in millicores rounded up ({@link #milliValue()}) and everything
 * else in whole units rounded up ({@link #value()}). Quirks of the original are kept: a bare
 * suffix ("Gi") and a lone sign ("+") parse as zero, and "1." is 1.
 */
public final class Quantity implements Comparable<Quantity> {
  /** How a quantity was written, which decides how a sum is shown (the first non-zero addend's). */
  public enum Format {
    DECIMAL_SI,
    BINARY_SI,
    DECIMAL_EXPONENT
  }

  public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, "0");

  /** Longer strings are refused: no real quantity comes near, and parsing stays cheap. */
  static final int MAX_LENGTH = 64;
  /** Exponents beyond this are refused (apimachinery would wrap them to 32 bits). */
  static final int MAX_EXPONENT = 100;

  private static final BigDecimal MAX_BINARY = new BigDecimal(Long.MAX_VALUE);
  private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

  private final BigDecimal amount;
  private final Format format;
  private final String text;

  private Quantity(BigDecimal amount, Format format, String text) {
    this.amount = amount;
    this.format = format;
    this.text = text;
  }

  /** A whole number of units (CPU cores, bytes, pods), decimal format. */
  public static Quantity of(long units) {
    return new Quantity(BigDecimal.valueOf(units), Format.DECIMAL_SI, null);
  }

  /**
   * Parses a quantity as written in a manifest.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static Quantity parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("an empty string is not a quantity");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("quantity is longer than " + MAX_LENGTH + " characters");
    }
    if (text.equals("0")) {
      return new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, text);
    }
    Scan s = scan(text);
    Suffix suffix = suffix(text, s.suffix);
    BigDecimal magnitude = new BigDecimal(new BigInteger(s.numerator + s.denominator), s.denominator.length());
    if (suffix.base == 10) {
      magnitude = magnitude.scaleByPowerOfTen(suffix.exponent);
    } else {
      magnitude = magnitude.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(suffix.exponent)));
    }
    if (magnitude.scale() > 9) {
      magnitude = magnitude.setScale(9, RoundingMode.UP);
    }
    Format format = suffix.format;
    if (format == Format.BINARY_SI) {
      if (magnitude.compareTo(MAX_BINARY) > 0) {
        magnitude = MAX_BINARY;
      }
      if (magnitude.signum() > 0 && magnitude.compareTo(BigDecimal.ONE) < 0) {
        format = Format.DECIMAL_SI;
      }
    }
    return new Quantity(s.positive ? magnitude : magnitude.negate(), format, text);
  }

  /** Parses a quantity, or returns null when the text is not one (the API server rejects it). */
  public static Quantity tryParse(String text) {
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The parts of a quantity string, split as apimachinery's parseQuantityString splits them. */
  private record Scan(boolean positive, String numerator, String denominator, String suffix) {}

  private static Scan scan(String str) {
    int end = str.length();
    int pos = 0;
    boolean positive = true;
    char first = str.charAt(0);
    if (first == '-' || first == '+') {
      positive = first == '+';
      pos++;
    }
    while (pos < end && str.charAt(pos) == '0') {
      pos++;
    }
    int numStart = pos;
    while (pos < end && isDigit(str.charAt(pos))) {
      pos++;
    }
    String numerator = pos == numStart ? "0" : str.substring(numStart, pos);
    String denominator = "";
    if (pos < end && str.charAt(pos) == '.') {
      int denomStart = ++pos;
      while (pos < end && isDigit(str.charAt(pos))) {
        pos++;
      }
      denominator = str.substring(denomStart, pos);
    }
    int suffixStart = pos;
    while (pos < end && "eEinumkKMGTP".indexOf(str.charAt(pos)) >= 0) {
      pos++;
    }
    if (pos < end && (str.charAt(pos) == '-' || str.charAt(pos) == '+')) {
      pos++;
    }
    while (pos < end && isDigit(str.charAt(pos))) {
      pos++;
    }
    if (pos < end) {
      throw new IllegalArgumentException("\"" + str + "\" is not a quantity: unexpected \"" + str.charAt(pos)
          + "\" (write a number with an optional suffix, e.g. 500m, 2, 1.5Gi, 256Mi, 1e3)");
    }
    return new Scan(positive, numerator, denominator, str.substring(suffixStart));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private record Suffix(int base, int exponent, Format format) {}

  private static Suffix suffix(String text, String s) {
    for (int i = 0; i < DECIMAL_SUFFIXES.length; i++) {
      if (DECIMAL_SUFFIXES[i].equals(s)) {
        return new Suffix(10, 3 * i - 9, Format.DECIMAL_SI);
      }
    }
    for (int i = 1; i < BINARY_SUFFIXES.length; i++) {
      if (BINARY_SUFFIXES[i].equals(s)) {
        return new Suffix(2, 10 * i, Format.BINARY_SI);
      }
    }
    if (s.length() > 1 && (s.charAt(0) == 'e' || s.charAt(0) == 'E')) {
      long exponent;
      try {
        exponent = Long.parseLong(s.substring(1));
      } catch (NumberFormatException e) {
        throw unknownSuffix(text, s);
      }
      if (Math.abs(exponent) > MAX_EXPONENT) {
        throw new IllegalArgumentException("\"" + text + "\" is not a usable quantity: exponent " + exponent
            + " is out of range");
      }
      return new Suffix(10, (int) exponent, Format.DECIMAL_EXPONENT);
    }
    throw unknownSuffix(text, s);
  }

  private static IllegalArgumentException unknownSuffix(String text, String s) {
    return new IllegalArgumentException("\"" + text + "\" is not a quantity: unknown suffix \"" + s
        + "\" (use k, M, G, T, P, E for powers of 1000, Ki, Mi, Gi, Ti, Pi, Ei for powers of 1024,"
        + " m, u, n for fractions, or an exponent such as e3)");
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the value is a whole number (as extended resources must be). */
  public boolean isInteger() {
    return amount.stripTrailingZeros().scale() <= 0;
  }

  /** The exact value, in units (cores, bytes, pods). */
  public BigDecimal amount() {
    return amount;
  }

  public Format format() {
    return format;
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Thousandths of a unit, rounded away from zero: how the scheduler counts CPU. */
  public long milliValue() {
    return saturate(amount.movePointRight(3).setScale(0, RoundingMode.UP));
  }

  /** Whole units, rounded away from zero: how the scheduler counts memory, storage and the rest. */
  public long value() {
    return saturate(amount.setScale(0, RoundingMode.UP));
  }

  private static long saturate(BigDecimal whole) {
    if (whole.compareTo(MAX_BINARY) > 0) {
      return Long.MAX_VALUE;
    }
    if (whole.compareTo(MAX_BINARY.negate()) < 0) {
      return Long.MIN_VALUE;
    }
    return whole.longValueExact();
  }

  /** The sum; it keeps this quantity's format unless this one is zero (as apimachinery does). */
  public Quantity add(Quantity other) {
    return new Quantity(amount.add(other.amount), isZero() ? other.format : format, null);
  }

  /** The larger of the two (this one when equal). */
  public Quantity max(Quantity other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Quantity o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && amount.compareTo(q.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  /** As written when parsed, else the canonical form ({@link #canonical()}). */
  @Override
  public String toString() {
    return text != null ? text : canonical();
  }

  /**
   * The canonical form, close to apimachinery's: binary quantities of at least 1024 that are a
   * whole multiple of a power of 1024 as "NKi" … "NEi"; everything else as an integer times the
   * largest power of 1000 that keeps it whole ("1500m", "2k", "128974848").
   */
  public String canonical() {
    if (amount.signum() == 0) {
      return "0";
    }
    if (format == Format.BINARY_SI && amount.abs().compareTo(BigDecimal.valueOf(1024)) >= 0
        && amount.stripTrailingZeros().scale() <= 0) {
      BigInteger whole = amount.toBigIntegerExact();
      int k = 0;
      BigInteger step = BigInteger.valueOf(1024);
      while (k < BINARY_SUFFIXES.length - 1 && whole.mod(step).signum() == 0) {
        whole = whole.divide(step);
        k++;
      }
      return whole + BINARY_SUFFIXES[k];
    }
    for (int i = DECIMAL_SUFFIXES.length - 1; i >= 0; i--) {
      BigDecimal scaled = amount.movePointLeft(3 * i - 9);
      if (scaled.stripTrailingZeros().scale() <= 0) {
        return scaled.toBigIntegerExact() + DECIMAL_SUFFIXES[i];
      }
    }
    return amount.toPlainString();
  }
}
