package io.kinerja.core.evaluation;

import io.kinerja.core.formula.Value;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.target.Target;
import io.kinerja.core.text.Message;
import java.util.List;

/**
 * An indicator's result for a span: its value (or why it has none), the target it was held to, its
 * score (the override's where one is given, with the strict score beside it), the category, why it got
 * that score, and the inputs its formula used.
 */
public record IndicatorResult(
    Indicator indicator,
    String perspective,
    String objective,
    Value value,
    Target target,
    Double score,
    Double strictScore,
    boolean overridden,
    Message category,
    Message why,
    Message reason,
    List<Input> inputs) {

  public IndicatorResult {
    inputs = List.copyOf(inputs);
  }

  public String id() {
    return indicator.id();
  }

  public boolean isScored() {
    return score != null;
  }
}
