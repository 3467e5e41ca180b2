package io.kinerja.core.measure;

import io.kinerja.core.text.Message;
import java.util.List;

/**
 * A measure's value for a period, with how it was obtained (one figure, or a roll-up of finer ones) and
 * the figures it came from; or no value, with the reason. A value aggregated from raw records also
 * carries the queries that computed it ({@code queries}: each the SQL and its bind parameters as plain
 * text, written by the metrics layer, shown by {@code kinerja explain}); other values have none.
 */
public record MeasureValue(
    Double value, Message how, List<Observation> inputs, Message missingReason, List<String> queries) {

  public MeasureValue {
    inputs = List.copyOf(inputs);
    queries = List.copyOf(queries);
  }

  public MeasureValue(Double value, Message how, List<Observation> inputs, Message missingReason) {
    this(value, how, inputs, missingReason, List.of());
  }

  public static MeasureValue of(double value, Message how, List<Observation> inputs) {
    return new MeasureValue(value, how, inputs, null);
  }

  /** A value computed by {@code queries} from raw records. */
  public static MeasureValue computed(double value, Message how, List<Observation> inputs, List<String> queries) {
    return new MeasureValue(value, how, inputs, null, queries);
  }

  public static MeasureValue missing(Message reason) {
    return new MeasureValue(null, null, List.of(), reason);
  }

  public boolean isMissing() {
    return value == null;
  }
}
