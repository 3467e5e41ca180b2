package io.kinerja.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period with an ISO name: {@code 2014}, {@code 2014-Q3}, {@code 2014-07}, {@code 2014-W05}
 * (ISO week), {@code 2014-07-31}. It covers the days [start, end).
 */
public record Period(Grain grain, LocalDate start) implements Comparable<Period> {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The period named {@code text}, or empty when it is not one of the ISO forms. */
  public static Optional<Period> parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase();
    try {
      Matcher m;
      if ((m = YEAR.matcher(t)).matches()) {
        return Optional.of(new Period(Grain.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        int month = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
        return Optional.of(
            new Period(Grain.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        int month = Integer.parseInt(m.group(2));
        return Optional.of(
            new Period(Grain.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
      }
      if ((m = WEEK.matcher(t)).matches()) {
        return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (DAY.matcher(t).matches()) {
        return Optional.of(new Period(Grain.DAY, LocalDate.parse(t)));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Period> week(int year, int week) {
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      return Optional.empty();
    }
    LocalDate monday = jan4.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
    return Optional.of(new Period(Grain.WEEK, monday));
  }

  /** The period of {@code grain} that contains {@code day}. */
  public static Period containing(Grain grain, LocalDate day) {
    return switch (grain) {
      case DAY -> new Period(grain, day);
      case WEEK -> new Period(grain, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      case MONTH -> new Period(grain, day.withDayOfMonth(1));
      case QUARTER -> new Period(grain, LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
      case YEAR -> new Period(grain, LocalDate.of(day.getYear(), 1, 1));
    };
  }

  /** The first day after the period. */
  public LocalDate end() {
    return switch (grain) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  public Period next() {
    return containing(grain, end());
  }

  public Period previous() {
    return containing(grain, start.minusDays(1));
  }

  /** Whether every day of {@code other} lies in this period. */
  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end().isAfter(end());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end());
  }

  /** The periods of a finer {@code grain} that make up this one (weeks: those that start in it). */
  public List<Period> split(Grain finer) {
    List<Period> parts = new ArrayList<>();
    Period part = containing(finer, start);
    if (part.start.isBefore(start)) {
      part = part.next();
    }
    for (; part.start.isBefore(end()); part = part.next()) {
      parts.add(part);
    }
    return parts;
  }

  /** Every period of this grain from this one to {@code last}, both included. */
  public List<Period> through(Period last) {
    List<Period> periods = new ArrayList<>();
    for (Period p = this; !p.start.isAfter(last.start); p = p.next()) {
      periods.add(p);
    }
    return periods;
  }

  /** The first period of this one's grain in its year: January, Q1, week 1, 1 January. */
  public Period firstOfYear() {
    return containing(grain, grain == Grain.WEEK ? yearStartOfWeekYear() : LocalDate.of(start.getYear(), 1, 1));
  }

  private LocalDate yearStartOfWeekYear() {
    int weekYear = start.get(IsoFields.WEEK_BASED_YEAR);
    return LocalDate.of(weekYear, 1, 4);
  }

  public String name() {
    return switch (grain) {
      case DAY -> start.toString();
      case WEEK -> String.format(
          "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.format("%04d", start.getYear());
    };
  }

  @Override
  public int compareTo(Period other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : other.grain.compareTo(grain);
  }

  @Override
  public String toString() {
    return name();
  }
}
