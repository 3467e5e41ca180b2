package io.kinerja.core.measure;

import io.kinerja.core.text.Message;
import java.util.List;

/**
 * A measure's value for a period, with how it was obtained (one figure, or a roll-up of finer ones) and
 * the figures it came from; or no value, with the reason.
 */
public record MeasureValue(Double value, Message how, List<Observation> inputs, Message missingReason) {

  public MeasureValue {
    inputs = List.copyOf(inputs);
  }

  public static MeasureValue of(double value, Message how, List<Observation> inputs) {
    return new MeasureValue(value, how, inputs, null);
  }

  public static MeasureValue missing(Message reason) {
    return new MeasureValue(null, null, List.of(), reason);
  }

  public boolean isMissing() {
    return value == null;
  }
}
