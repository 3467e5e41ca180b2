package io.kinerja.core.target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads target texts: {@code >= 70}, {@code < 100}, {@code between 60 and 80}, {@code = Puas}, {@code exists}. */
public final class Targets {

  private static final String NUMBER = "([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*%?";
  private static final Pattern COMPARISON = Pattern.compile("(>=|=>|≥|<=|=<|≤|>|<)\\s*(.*)");
  private static final Pattern BETWEEN =
      Pattern.compile("(?i)between\\s+" + NUMBER + "\\s+and\\s+" + NUMBER);
  private static final Pattern WHOLE_NUMBER = Pattern.compile(NUMBER);

  private Targets() {}

  /** The target written as {@code text}; throws {@link TargetSyntaxException} when it is none. */
  public static Target parse(String text) {
    String t = text == null ? "" : text.strip();
    int lead = text == null ? 0 : text.indexOf(t.isEmpty() ? " " : t.substring(0, 1));
    if (t.isEmpty()) {
      throw new TargetSyntaxException(0, "target.empty");
    }
    if (t.equalsIgnoreCase("exists")) {
      return new Target.Exists();
    }
    if (t.regionMatches(true, 0, "between", 0, 7)) {
      return between(t, lead);
    }
    Matcher comparison = COMPARISON.matcher(t);
    if (comparison.matches()) {
      return comparison(comparison, lead);
    }
    if (t.startsWith("=")) {
      String label = t.substring(t.startsWith("==") ? 2 : 1).strip();
      if (label.isEmpty()) {
        throw new TargetSyntaxException(lead + 1, "target.missing_class");
      }
      return new Target.Ordinal(label);
    }
    throw new TargetSyntaxException(lead, "target.unknown_form", t);
  }

  private static Target between(String t, int lead) {
    Matcher m = BETWEEN.matcher(t);
    if (!m.matches()) {
      throw new TargetSyntaxException(lead, "target.bad_between", t);
    }
    double low = number(m.group(1), lead + m.start(1));
    double high = number(m.group(2), lead + m.start(2));
    if (low > high) {
      throw new TargetSyntaxException(lead + m.start(2), "target.between_reversed", m.group(1), m.group(2));
    }
    return new Target.Between(low, high);
  }

  /** A number as written; one beyond the range of a double (1e999) is refused, not read as infinity. */
  private static double number(String text, int at) {
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new TargetSyntaxException(at, "target.number_too_large", text);
    }
    return value;
  }

  private static Target comparison(Matcher m, int lead) {
    String operator = m.group(1);
    String operand = m.group(2).strip();
    int at = lead + m.start(2);
    if (operand.isEmpty()) {
      throw new TargetSyntaxException(at, "target.missing_number", operator);
    }
    if (!WHOLE_NUMBER.matcher(operand).matches()) {
      throw new TargetSyntaxException(at, "target.not_a_number", operand);
    }
    double standard = number(operand.replace("%", "").strip(), at);
    return switch (operator) {
      case ">=", "=>", "≥" -> new Target.AtLeast(standard, false);
      case ">" -> new Target.AtLeast(standard, true);
      case "<=", "=<", "≤" -> new Target.AtMost(standard, false);
      default -> new Target.AtMost(standard, true);
    };
  }
}
