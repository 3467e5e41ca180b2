package io.kinerja.core.scoring;

import io.kinerja.core.text.Language;
import java.math.BigDecimal;
import io.kinerja.core.text.Message;

/**
 * One range of a band scale with its score, label and colour. {@code from == null} is −∞ and {@code
 * to == null} is +∞; user-defined ranges are half-open [from, to), presets may close or open an end.
 */
public record Band(Double from, boolean fromClosed, Double to, boolean toClosed, Double score, Message label, String colour) {

  public static Band halfOpen(Double from, Double to, Double score, Message label, String colour) {
    return new Band(from, true, to, false, score, label, colour);
  }

  public boolean contains(double x) {
    boolean aboveFrom = from == null || (fromClosed ? x >= from : x > from);
    boolean belowTo = to == null || (toClosed ? x <= to : x < to);
    return aboveFrom && belowTo;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /** The range written out: {@code [0, 0.5]}, {@code (0.5, +∞)}. */
  public String range() {
    String low = from == null ? "(−∞" : (fromClosed ? "[" : "(") + plain(from);
    String high = to == null ? "+∞)" : plain(to) + (toClosed ? "]" : ")");
    return low + ", " + high;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
