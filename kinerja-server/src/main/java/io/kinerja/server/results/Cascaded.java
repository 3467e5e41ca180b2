package io.kinerja.server.results;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.formula.Function;
import io.kinerja.core.formula.Interpreter;
import io.kinerja.core.formula.Value;
import io.kinerja.core.measure.MeasureSource;
import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.measure.Origin;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.text.Message;
import io.kinerja.data.yaml.Cascade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The measures of a parent unit's scorecard that are rolled up from its child units' scorecards
 * ({@link Cascade}). For a period, each child scorecard is evaluated for that period and its indicator's
 * value taken; the values are combined by the cascade's roll-up, and each one is kept as an input with
 * the child unit and scorecard it came from, so that the explanation traces the number. A child without a
 * value leaves the roll-up without one (never a silent 0), with the reason.
 */
final class Cascaded implements MeasureSource {

  /** A child scorecard that contributes: its unit, its id, and it read and ready to evaluate. */
  record Child(String unit, String scorecard, Results.Evaluable evaluable) {}

  /** What a cascade rolls up: its children, or why it cannot be computed (none, or two in one unit). */
  record Plan(Cascade cascade, List<Child> children, Message refusal) {}

  private final String unit;
  private final Map<String, Plan> plans;
  private final Map<String, Value> evaluated = new ConcurrentHashMap<>();

  Cascaded(String unit, Map<String, Plan> plans) {
    this.unit = unit;
    this.plans = Map.copyOf(plans);
  }

  @Override
  public Set<String> measures() {
    return plans.keySet();
  }

  /** The periods the children have data for: the parent's results may be asked for them. */
  Set<Period> periods() {
    Set<Period> periods = new java.util.TreeSet<>();
    plans.values().forEach(p -> p.children().forEach(c -> periods.addAll(c.evaluable().periods())));
    return periods;
  }

  @Override
  public MeasureValue value(String measure, Period period, Map<String, String> segment, Rollup rollup) {
    Plan plan = plans.get(measure);
    if (!segment.isEmpty()) {
      return MeasureValue.missing(Message.of("value.cascade_no_segments", measure));
    }
    if (plan.refusal() != null) {
      return MeasureValue.missing(plan.refusal());
    }
    Cascade cascade = plan.cascade();
    Map<Child, Double> values = new LinkedHashMap<>();
    for (Child child : plan.children()) {
      Value v = childValue(child, cascade.indicator(), period);
      if (!(v instanceof Value.Number n)) {
        Message why = v instanceof Value.Missing m ? m.reason() : Message.of("value.text_is_not_a_number", v);
        return MeasureValue.missing(Message.of("value.cascade_child_missing", child.unit(), child.scorecard(),
            cascade.indicator(), period.name(), why));
      }
      values.put(child, n.value());
    }
    return combined(cascade, period, values);
  }

  private MeasureValue combined(Cascade cascade, Period period, Map<Child, Double> values) {
    List<Observation> inputs = new ArrayList<>();
    values.forEach((child, v) -> inputs.add(new Observation(cascade.measure(), period, Map.of(), v, origin(cascade, child))));
    int n = values.size();
    switch (cascade.rollup()) {
      case SUM:
        return MeasureValue.of(sum(values.values()), Message.of("how.cascade_sum", n, cascade.indicator()), inputs);
      case MEAN:
        return MeasureValue.of(sum(values.values()) / n, Message.of("how.cascade_mean", n, cascade.indicator()), inputs);
      case WEIGHTED_MEAN:
        return weightedMean(cascade, values, inputs);
      default:
        return formula(cascade, period, values, inputs);
    }
  }

  private MeasureValue weightedMean(Cascade cascade, Map<Child, Double> values, List<Observation> inputs) {
    double weighted = 0;
    double total = 0;
    for (Map.Entry<Child, Double> e : values.entrySet()) {
      Double w = cascade.weights().get(e.getKey().unit());
      if (w == null) {
        return MeasureValue.missing(Message.of("value.cascade_no_weight", e.getKey().unit(), cascade.measure(),
            String.join(", ", new java.util.TreeSet<>(cascade.weights().keySet()))));
      }
      weighted += w * e.getValue();
      total += w;
    }
    Set<String> units = values.keySet().stream().map(Child::unit).collect(Collectors.toSet());
    for (String named : new java.util.TreeSet<>(cascade.weights().keySet())) {
      if (!units.contains(named)) {
        return MeasureValue.missing(Message.of("value.cascade_weight_not_a_child", named, cascade.measure(),
            cascade.indicator()));
      }
    }
    if (total == 0) {
      return MeasureValue.missing(Message.of("value.cascade_zero_weights", cascade.measure()));
    }
    return MeasureValue.of(weighted / total, Message.of("how.cascade_weighted_mean", values.size(), cascade.indicator()),
        inputs);
  }

  private MeasureValue formula(Cascade cascade, Period period, Map<Child, Double> values, List<Observation> inputs) {
    Map<String, Double> byName = new LinkedHashMap<>();
    values.forEach((child, v) -> byName.put(Cascade.formulaName(child.unit()), v));
    Value result = Interpreter.evaluate(cascade.formula(), Span.of(period), new Interpreter.Scope() {
      @Override
      public Value name(String name, Span span) {
        Double v = byName.get(name);
        return v != null ? Value.of(v) : Value.missing("value.cascade_formula_name", cascade.measure(), name,
            cascade.indicator(), String.join(", ", byName.keySet()));
      }

      @Override
      public Value completion(String category, Span span) {
        return Value.missing("value.cascade_formula_name", cascade.measure(), "completion", cascade.indicator(),
            String.join(", ", byName.keySet()));
      }

      @Override
      public Value likert(Function function, String questionnaire, Span span) {
        return completion(questionnaire, span);
      }
    });
    if (result instanceof Value.Missing m) {
      return MeasureValue.missing(m.reason());
    }
    if (!(result instanceof Value.Number n)) {
      return MeasureValue.missing(Message.of("value.text_is_not_a_number", result));
    }
    return MeasureValue.of(n.value(), Message.of("how.cascade_formula", values.size(), cascade.indicator(),
        cascade.formulaText()), inputs);
  }

  /** Names the child unit and scorecard a value came from (and its weight), as the explanation shows it. */
  private Origin origin(Cascade cascade, Child child) {
    Double w = cascade.weights().get(child.unit());
    String note = w == null ? null : "weight " + io.kinerja.core.text.Numbers.format(io.kinerja.core.text.Language.EN, w, 4);
    return new Origin("unit " + child.unit() + ", scorecard " + child.scorecard() + ", indicator " + cascade.indicator(),
        0, note);
  }

  private Value childValue(Child child, String indicator, Period period) {
    return evaluated.computeIfAbsent(child.scorecard() + "|" + indicator + "|" + period.name(), k -> {
      Results.Evaluable e = child.evaluable();
      // Parents lock before children, always in that order down the tree: no two evaluations wait on each other.
      synchronized (e.prepared()) {
        IndicatorResult found = Evaluator.evaluate(e.prepared().document().scorecard(), e.data(), Span.of(period))
            .indicator(indicator).orElseThrow();
        return found.value();
      }
    });
  }

  private static double sum(java.util.Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }

  @Override
  public String toString() {
    return "cascades of unit " + unit + ": " + plans.keySet();
  }
}
