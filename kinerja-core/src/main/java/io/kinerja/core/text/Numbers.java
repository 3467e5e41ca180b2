package io.kinerja.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as people read them: {@code 1,234.5} in English and {@code 1.234,5} in Indonesian, rounded
 * half-up to at most the given decimals with trailing zeros dropped.
 */
public final class Numbers {

  private Numbers() {}

  public static String format(Language language, double value, int maxDecimals) {
    return format(language, value, 0, maxDecimals);
  }

  /** Formats with between {@code minDecimals} and {@code maxDecimals} decimals. */
  public static String format(Language language, double value, int minDecimals, int maxDecimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      rounded = rounded.abs();
    }
    String plain = rounded.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot + 1);
    fraction = trimZeros(fraction, minDecimals);
    StringBuilder out = new StringBuilder(negative ? "-" : "");
    out.append(group(whole, language.groupingSeparator()));
    if (!fraction.isEmpty()) {
      out.append(language.decimalSeparator()).append(fraction);
    }
    return out.toString();
  }

  /** Rounds half-up to {@code decimals} places, as the JSON result and the tests compare values. */
  public static double round(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  private static String trimZeros(String fraction, int minDecimals) {
    int end = fraction.length();
    while (end > minDecimals && fraction.charAt(end - 1) == '0') {
      end--;
    }
    return fraction.substring(0, end);
  }

  private static String group(String whole, char separator) {
    StringBuilder out = new StringBuilder();
    int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, firstGroup);
    for (int i = firstGroup; i < whole.length(); i += 3) {
      out.append(separator).append(whole, i, i + 3);
    }
    return out.toString();
  }
}
