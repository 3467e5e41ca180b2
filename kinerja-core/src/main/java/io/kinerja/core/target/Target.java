package io.kinerja.core.target;

import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Language;

/** What an indicator's actual value is compared with (DESIGN §5.1). */
public sealed interface Target {

  Polarity polarity();

  /** The target as the user would write it, normalised: {@code >= 70}, {@code between 1 and 2}. */
  String text();

  /** {@code >= T} or {@code > T}: higher is better, the standard is T. */
  record AtLeast(double standard, boolean strict) implements Target {
    @Override
    public Polarity polarity() {
      return Polarity.HIGHER;
    }

    @Override
    public String text() {
      return (strict ? "> " : ">= ") + plain(standard);
    }
  }

  /** {@code <= T} or {@code < T}: lower is better, the standard is T. */
  record AtMost(double standard, boolean strict) implements Target {
    @Override
    public Polarity polarity() {
      return Polarity.LOWER;
    }

    @Override
    public String text() {
      return (strict ? "< " : "<= ") + plain(standard);
    }
  }

  /** {@code between A and B}: inside [A, B] is the standard. */
  record Between(double low, double high) implements Target {
    @Override
    public Polarity polarity() {
      return Polarity.RANGE;
    }

    @Override
    public String text() {
      return "between " + plain(low) + " and " + plain(high);
    }
  }

  /** {@code = Label}: the standard is that class of an ordered scale. */
  record Ordinal(String label) implements Target {
    @Override
    public Polarity polarity() {
      return Polarity.ORDINAL;
    }

    @Override
    public String text() {
      return "= " + label;
    }
  }

  /** {@code exists}: a value above zero meets it. */
  record Exists() implements Target {
    @Override
    public Polarity polarity() {
      return Polarity.BOOLEAN;
    }

    @Override
    public String text() {
      return "exists";
    }
  }

  private static String plain(double value) {
    return Numbers.format(Language.EN, value, 10).replace(",", "");
  }
}
