package io.kinerja.core.period;

import java.util.List;

/**
 * The periods a value is computed over: one period, or a run of consecutive periods of one grain (a
 * year to date, say). Measures are rolled up over the whole span before any formula divides them.
 */
public record Span(Period first, Period last) {

  public Span {
    if (first.grain() != last.grain() || first.compareTo(last) > 0) {
      throw new IllegalArgumentException("not a span: " + first + ".." + last);
    }
  }

  public static Span of(Period period) {
    return new Span(period, period);
  }

  public boolean isSingle() {
    return first.equals(last);
  }

  public List<Period> periods() {
    return first.through(last);
  }

  /** The span of the same length that ends just before this one starts. */
  public Span previous() {
    int length = periods().size();
    Period end = first.previous();
    Period start = end;
    for (int i = 1; i < length; i++) {
      start = start.previous();
    }
    return new Span(start, end);
  }

  /** From the first period of the year of this span's end, to its end. */
  public Span yearToDate() {
    return new Span(last.firstOfYear(), last);
  }

  /** Whether {@code period} lies inside the days this span covers. */
  public boolean covers(Period period) {
    return !period.start().isBefore(first.start()) && !period.end().isAfter(last.end());
  }

  public String name() {
    return isSingle() ? first.name() : first.name() + ".." + last.name();
  }

  @Override
  public String toString() {
    return name();
  }
}
