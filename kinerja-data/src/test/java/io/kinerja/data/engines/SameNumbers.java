package io.kinerja.data.engines;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.period.Grain;
import io.kinerja.metrics.engine.MeasureRow;
import io.kinerja.metrics.engine.SqlEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Compares what two engines computed: every measure, period and segment value, the same keys on both
 * sides, the same numbers within a relative difference of 1e-9, and the same missing values.
 */
public final class SameNumbers {

  public static final double TOLERANCE = 1e-9;

  private SameNumbers() {}

  /** The views compared: every grain for the whole unit, and per channel (the one dimension both sources have). */
  public static Stream<Arguments> views() {
    return Stream.of(
        Arguments.of(Grain.YEAR, List.of()),
        Arguments.of(Grain.QUARTER, List.of()),
        Arguments.of(Grain.MONTH, List.of()),
        Arguments.of(Grain.WEEK, List.of()),
        Arguments.of(Grain.DAY, List.of()),
        Arguments.of(Grain.YEAR, List.of("channel")),
        Arguments.of(Grain.MONTH, List.of("channel")),
        Arguments.of(Grain.WEEK, List.of("channel")));
  }

  /** measure | period | segment → the value, or the text of why it is missing. */
  static Map<String, Object> table(SqlEngine engine, Grain grain, List<String> dimensions) {
    Map<String, Object> table = new TreeMap<>();
    for (MeasureRow row : engine.rows(grain, dimensions)) {
      MeasureValue v = row.value();
      table.put(row.measure() + " | " + row.period().name() + " | " + new TreeMap<>(row.segment()),
          v.isMissing() ? "missing" : (Object) v.value());
    }
    return table;
  }

  /** Compares the measures {@code actual} has (the reference may have more). */
  public static void assertSame(SqlEngine expected, SqlEngine actual, Grain grain, List<String> dimensions) {
    assertThat(expected.measures()).containsAll(actual.measures());
    Map<String, Object> want = table(expected, grain, dimensions);
    want.keySet().removeIf(key -> !actual.measures().contains(key.substring(0, key.indexOf(" | "))));
    Map<String, Object> got = table(actual, grain, dimensions);
    assertThat(want).as("the reference computed nothing").isNotEmpty();
    assertThat(got.keySet()).as("measures, periods and segments on %s", actual.kind()).isEqualTo(want.keySet());
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Object> e : want.entrySet()) {
      Object other = got.get(e.getKey());
      if (!close(e.getValue(), other)) {
        differences.add(e.getKey() + ": duckdb " + e.getValue() + ", " + actual.kind() + " " + other);
      }
    }
    assertThat(differences).as("values that differ by more than %s (relative), of %d", TOLERANCE, want.size()).isEmpty();
  }

  static boolean close(Object a, Object b) {
    if (!(a instanceof Double) || !(b instanceof Double)) {
      return a.equals(b);
    }
    double x = (Double) a;
    double y = (Double) b;
    double scale = Math.max(Math.abs(x), Math.abs(y));
    return scale == 0 || Math.abs(x - y) / scale <= TOLERANCE;
  }
}
