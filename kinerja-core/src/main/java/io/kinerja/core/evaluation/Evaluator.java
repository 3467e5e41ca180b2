package io.kinerja.core.evaluation;

import io.kinerja.core.formula.Function;
import io.kinerja.core.formula.Interpreter;
import io.kinerja.core.formula.Value;
import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.UnitData;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.scoring.Omax;
import io.kinerja.core.scoring.Standard;
import io.kinerja.core.scoring.Scored;
import io.kinerja.core.scoring.ScoringMethod;
import io.kinerja.core.scoring.Verdict;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.survey.Surveys;
import io.kinerja.core.target.Target;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one pass from definition and data to result: validate, compute every indicator over the span,
 * score it, roll the scores up into perspectives and the overall result. Nothing is patched afterwards.
 */
public final class Evaluator {

  private final Scorecard scorecard;
  private final UnitData data;
  private final Map<String, String> segment;
  private final ScoringMethod method;
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final Map<String, Value> memo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, Likert> questionnaires = new LinkedHashMap<>();
  private final Map<String, WorkProgramme.Completion> completions = new LinkedHashMap<>();
  private final Map<String, Double> weights;
  private Span evaluated;
  private boolean withIndex = true;

  private Evaluator(Scorecard scorecard, UnitData data, Map<String, String> segment) {
    this.scorecard = scorecard;
    this.data = data;
    this.segment = Map.copyOf(segment);
    this.method = Methods.of(scorecard.scoring());
    scorecard.indicators().forEach(i -> indicators.put(i.id(), i));
    this.weights = Weights.effective(scorecard);
  }

  /**
   * Evaluates {@code scorecard} on {@code data} over {@code span} for the whole unit. Throws {@link
   * InvalidInputException} with every problem if the definition does not fit the data.
   */
  public static ScorecardResult evaluate(Scorecard scorecard, UnitData data, Span span) {
    return evaluate(scorecard, data, span, Map.of());
  }

  public static ScorecardResult evaluate(Scorecard scorecard, UnitData data, Span span, Map<String, String> segment) {
    return evaluate(scorecard, data, span, segment, List.of());
  }

  /**
   * As {@link #evaluate(Scorecard, UnitData, Span, Map)}, with the warnings found while reading the
   * definition and data ({@code earlier}) reported in the result beside the evaluation's own.
   */
  public static ScorecardResult evaluate(Scorecard scorecard, UnitData data, Span span, Map<String, String> segment,
      List<Problem> earlier) {
    List<Problem> problems = new ArrayList<>(earlier);
    problems.addAll(Validation.check(scorecard, data));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    checkGrain(scorecard, span);
    return new Evaluator(scorecard, data, segment).run(span, problems);
  }

  private static void checkGrain(Scorecard scorecard, Span span) {
    if (span.first().grain().isFinerThan(scorecard.grain())) {
      throw InvalidInputException.of(Location.field("--period"), "period.finer_than_scorecard",
          span.name(), scorecard.grain().key());
    }
  }

  private ScorecardResult run(Span span, List<Problem> warnings) {
    evaluated = span;
    List<IndicatorResult> results = new ArrayList<>();
    List<GroupResult> groups = new ArrayList<>();
    List<Scored> indicatorsScored = new ArrayList<>();
    List<Scored> perspectivesScored = new ArrayList<>();
    for (Perspective perspective : scorecard.perspectives()) {
      List<Scored> scored = new ArrayList<>();
      for (Objective objective : perspective.objectives()) {
        List<Scored> inObjective = new ArrayList<>();
        for (Indicator indicator : objective.indicators()) {
          score(perspective, indicator, span, results, inObjective);
        }
        indicatorsScored.addAll(inObjective);
        Aggregate a = method.rollUp(inObjective, objective.indicators().size());
        if (method.overallFromIndicators()) {
          scored.addAll(inObjective);
        } else if (a.fin() != null) {
          scored.add(new Scored(a.fin(), objective.weight()));
        }
      }
      List<Scored> direct = new ArrayList<>();
      for (Indicator indicator : perspective.indicators()) {
        score(perspective, indicator, span, results, direct);
      }
      indicatorsScored.addAll(direct);
      scored.addAll(direct);
      Aggregate aggregate = counted(method.rollUp(scored, perspective.allIndicators().size()), perspective, results);
      Bands bands = perspective.bands() != null ? perspective.bands() : scorecard.scoring().bands();
      groups.add(new GroupResult(perspective.id(), perspective.name(), perspective.weight(), aggregate,
          category(bands, normalised(aggregate))));
      if (aggregate.fin() != null) {
        perspectivesScored.add(new Scored(aggregate.fin(), perspective.weight()));
      }
    }
    Aggregate overall = method.overallFromIndicators()
        ? method.rollUp(indicatorsScored, results.size())
        : withCounts(method.rollUp(perspectivesScored, scorecard.perspectives().size()), indicatorsScored.size(),
            results.size());
    return new ScorecardResult(scorecard, span, segment, scorecard.scoring().method(), results, groups, overall,
        category(scorecard.scoring().bands(), normalised(overall)), questionnaires,
        new ArrayList<>(completions.values()), Improvements.of(scorecard, results, weights),
        omaxIndex(span, overall), warnings);
  }

  /** OMAX's index: the performance indicator's change against the previous period, in percent. */
  private Double omaxIndex(Span span, Aggregate overall) {
    if (scorecard.scoring().method() != Method.OMAX || overall.fin() == null || !withIndex) {
      return null;
    }
    Evaluator before = new Evaluator(scorecard, data, segment);
    before.withIndex = false;
    Aggregate previous = before.run(span.previous(), List.of()).overall();
    if (previous.fin() == null || previous.fin() == 0) {
      return null;
    }
    return (overall.fin() - previous.fin()) / previous.fin() * 100;
  }

  private void score(Perspective perspective, Indicator indicator, Span span, List<IndicatorResult> results,
      List<Scored> scored) {
    IndicatorResult result = indicatorResult(perspective, indicator, span);
    results.add(result);
    if (result.isScored()) {
      scored.add(new Scored(result.score(), weights.get(indicator.id())));
    }
  }

  /** A perspective's roll-up counts its indicators, even when objectives were rolled up in between. */
  private static Aggregate counted(Aggregate a, Perspective perspective, List<IndicatorResult> results) {
    int scored = (int) results.stream()
        .filter(r -> r.perspective().equals(perspective.id()) && r.isScored()).count();
    return withCounts(a, scored, perspective.allIndicators().size());
  }

  private static Aggregate withCounts(Aggregate a, int scored, int total) {
    return new Aggregate(a.score(), a.max(), a.fin(), scored, total);
  }

  /**
   * The number the category bands apply to: the final score, except under OMAX, where the performance
   * indicator is brought back to the 0–10 scale of its levels.
   */
  private Double normalised(Aggregate a) {
    if (a.fin() == null || scorecard.scoring().method() != Method.OMAX) {
      return a.fin();
    }
    return a.max() == 0 ? null : a.fin() / a.max() * Omax.TOP;
  }

  private static Message category(Bands bands, Double x) {
    if (bands == null || x == null) {
      return null;
    }
    return bands.find(x).map(b -> b.label()).orElse(null);
  }

  private IndicatorResult indicatorResult(Perspective perspective, Indicator indicator, Span span) {
    List<Input> inputs = new ArrayList<>();
    Value value = value(indicator, span, inputs);
    Target target = indicator.target() == null ? null : indicator.target().forPeriod(span.name()).orElse(null);
    Verdict verdict = verdict(indicator, value, target);
    Double strict = verdict == null ? null : verdict.score();
    boolean overridden = indicator.override() != null;
    Double score = overridden ? Double.valueOf(indicator.override().score()) : strict;
    Message reason = reasonWithoutScore(value, target, verdict, span);
    String objective = perspective.objectiveOf(indicator) == null ? null : perspective.objectiveOf(indicator).id();
    return new IndicatorResult(indicator, perspective.id(), objective, value, target, score, strict, overridden,
        indicatorCategory(indicator, value, score, verdict, overridden), verdict == null ? null : verdict.why(),
        reason, inputs);
  }

  private Verdict verdict(Indicator indicator, Value value, Target target) {
    if (value.isMissing() || (target == null && scorecard.scoring().needsTarget())) {
      return null;
    }
    Standard standard = new Standard(target, indicator.polarity(), indicator.snorm(), indicator.omax(), indicator.bands());
    return method.score(value, standard);
  }

  private Message reasonWithoutScore(Value value, Target target, Verdict verdict, Span span) {
    if (value instanceof Value.Missing m) {
      return m.reason();
    }
    if (verdict == null) {
      return Message.of("value.no_target", span.name());
    }
    return verdict.score() == null ? verdict.why() : null;
  }

  /**
   * The indicator's own bands applied to its value; else the method's word for the score; else the
   * scorecard's bands applied to the score (DESIGN §5.6).
   */
  private Message indicatorCategory(Indicator indicator, Value value, Double score, Verdict verdict, boolean overridden) {
    if (indicator.bands() != null && value instanceof Value.Number n) {
      return category(indicator.bands(), n.value());
    }
    if (score == null) {
      return null;
    }
    if (!overridden && verdict != null && verdict.word() != null) {
      return verdict.word();
    }
    return method.word(score).orElseGet(() -> category(scorecard.scoring().bands(), score));
  }

  /** An indicator's value over a span, recording the inputs its formula used into {@code inputs}. */
  private Value value(Indicator indicator, Span span, List<Input> inputs) {
    String key = indicator.id() + "@" + span.name();
    if (!inProgress.add(key)) {
      return Value.missing("value.cycle", indicator.id());
    }
    try {
      return Interpreter.evaluate(indicator.formula(), span, new Scope(inputs));
    } finally {
      inProgress.remove(key);
    }
  }

  private Value indicatorValue(String id, Span span) {
    String key = id + "@" + span.name();
    Value known = memo.get(key);
    if (known == null) {
      known = value(indicators.get(id), span, new ArrayList<>());
      memo.put(key, known);
    }
    return known;
  }

  /** Answers a formula's names and data functions, and notes each answer as an input. */
  private final class Scope implements Interpreter.Scope {
    private final List<Input> inputs;

    Scope(List<Input> inputs) {
      this.inputs = inputs;
    }

    @Override
    public Value name(String name, Span span) {
      if (!data.measures().measures().contains(name) && indicators.containsKey(name)
          && !scorecard.measures().containsKey(name)) {
        Value value = indicatorValue(name, span);
        inputs.add(new Input(Input.Kind.INDICATOR, name, span, value, null, List.of(), List.of(), List.of()));
        return value;
      }
      return measure(name, span);
    }

    private Value measure(String name, Span span) {
      List<MeasureValue> parts = new ArrayList<>();
      for (Period period : span.periods()) {
        parts.add(data.measures().value(name, period, segment, scorecard.rollupOf(name)));
      }
      MeasureValue combined = scorecard.rollupOf(name).combine(name, span.name(), span.periods(), parts);
      Value value = combined.isMissing() ? new Value.Missing(combined.missingReason()) : Value.of(combined.value());
      inputs.add(new Input(Input.Kind.MEASURE, name, span, value, combined.how(), combined.inputs(), List.of(), List.of(),
          combined.queries()));
      return value;
    }

    @Override
    public Value completion(String category, Span span) {
      WorkProgramme.Completion c = data.programme().completion(category, span);
      Value value = c.percent() == null ? new Value.Missing(c.missingReason()) : Value.of(c.percent());
      if (c.percent() != null && span.equals(evaluated)) {
        completions.putIfAbsent(c.category() + "@" + span.name(), c);
      }
      inputs.add(new Input(Input.Kind.PROGRAMME, c.category(), span, value,
          Message.of("how.completion", c.programmes().size()), List.of(), c.programmes(), List.of()));
      return value;
    }

    @Override
    public Value likert(Function function, String questionnaire, Span span) {
      Surveys.Result result = data.surveys().result(questionnaire, span);
      if (result.likert() == null) {
        Value missing = new Value.Missing(result.missingReason());
        inputs.add(new Input(Input.Kind.QUESTIONNAIRE, questionnaire, span, missing, null, List.of(), List.of(), List.of()));
        return missing;
      }
      Likert likert = result.likert();
      if (span.equals(evaluated)) {
        questionnaires.putIfAbsent(questionnaire, likert);
      }
      Value value = switch (function) {
        case LIKERT_TOTAL -> Value.of(likert.total());
        case LIKERT_MEAN -> Value.of(likert.mean());
        case LIKERT_INDEX -> Value.of(likert.index());
        default -> new Value.Class(likert.className(scorecard.language()), Likert.scale(scorecard.language()));
      };
      inputs.add(new Input(Input.Kind.QUESTIONNAIRE, questionnaire, span, value,
          Message.of("how." + function.spelling()), List.of(), List.of(), result.rows()));
      return value;
    }
  }
}
