package io.kinerja.report;

import io.kinerja.core.evaluation.ScorecardResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report shows: the main result (one period, the whole unit or one segment), the date of the
 * data it was computed from (passed in: the report reads no clock), and optionally the results of every
 * period of a range (a trend, oldest first, the main result being the last) or of every value of a
 * segment dimension (the main result being the whole unit's).
 */
public record ReportInput(
    ScorecardResult result, LocalDate dataDate, List<ScorecardResult> trend, String dimension,
    List<ScorecardResult> segments) {

  public ReportInput {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(dataDate, "dataDate");
    trend = List.copyOf(trend);
    segments = List.copyOf(segments);
  }

  /** A report of one result. */
  public static ReportInput of(ScorecardResult result, LocalDate dataDate) {
    return new ReportInput(result, dataDate, List.of(), null, List.of());
  }

  /** A report over a range of periods: the last one is the main result, the rest draw the trends. */
  public static ReportInput trend(List<ScorecardResult> periods, LocalDate dataDate) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a trend needs at least one period");
    }
    return new ReportInput(periods.get(periods.size() - 1), dataDate, periods, null, List.of());
  }

  /** A report of the whole unit with one column (and section) per value of {@code dimension}. */
  public static ReportInput segments(ScorecardResult whole, String dimension, List<ScorecardResult> segments,
      LocalDate dataDate) {
    return new ReportInput(whole, dataDate, List.of(), Objects.requireNonNull(dimension, "dimension"), segments);
  }

  boolean hasTrend() {
    return trend.size() > 1;
  }

  boolean hasSegments() {
    return dimension != null && !segments.isEmpty();
  }

  /** The name a segment result is shown under: its value of the dimension. */
  String segmentName(ScorecardResult segment) {
    return segment.segment().getOrDefault(dimension, "?");
  }
}
