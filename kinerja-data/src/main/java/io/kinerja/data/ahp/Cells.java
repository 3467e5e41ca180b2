package io.kinerja.data.ahp;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A judgement as people type it: a decimal ({@code 3}, {@code 0.33}, or {@code 0,33} as Indonesian
 * spreadsheets print it) or a fraction of two such numbers ({@code 1/3}). Nothing else: no exponents, no
 * {@code NaN}, which {@link Double#parseDouble} would let through.
 */
final class Cells {

  private static final String NUMBER = "\\d+(?:[.,]\\d+)?|[.,]\\d+";
  private static final Pattern DECIMAL = Pattern.compile(NUMBER);
  private static final Pattern FRACTION = Pattern.compile("(" + NUMBER + ")\\s*/\\s*(" + NUMBER + ")");

  private Cells() {}

  /** The value of {@code text}, or empty if it is not a decimal or a fraction with a non-zero divisor. */
  static OptionalDouble parse(String text) {
    String cell = text.strip();
    if (DECIMAL.matcher(cell).matches()) {
      return OptionalDouble.of(decimal(cell));
    }
    Matcher fraction = FRACTION.matcher(cell);
    if (fraction.matches()) {
      double divisor = decimal(fraction.group(2));
      return divisor == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(decimal(fraction.group(1)) / divisor);
    }
    return OptionalDouble.empty();
  }

  private static double decimal(String text) {
    return Double.parseDouble(text.replace(',', '.'));
  }
}
