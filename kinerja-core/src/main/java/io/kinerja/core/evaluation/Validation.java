package io.kinerja.core.evaluation;

import io.kinerja.core.formula.Checker;
import io.kinerja.core.formula.Checker.Kind;
import io.kinerja.core.formula.Checker.Type;
import io.kinerja.core.formula.Expr;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.UnitData;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scorecard against its data before anything is computed: every name in every formula is
 * known, functions get what they take, classes are not used as numbers, indicators do not depend on
 * each other in a cycle, and targets agree with polarities. Returns every problem, not the first.
 */
public final class Validation {

  private final Scorecard scorecard;
  private final UnitData data;
  private final Set<String> measures;
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final Map<String, Type> types = new HashMap<>();
  private final Map<String, Set<String>> uses = new HashMap<>();
  private final Set<String> badFormulas = new HashSet<>();
  private final Problems problems = new Problems();

  private Validation(Scorecard scorecard, UnitData data) {
    this.scorecard = scorecard;
    this.data = data;
    this.measures = new HashSet<>(data.measures().measures());
    this.measures.addAll(scorecard.measures().keySet());
    scorecard.indicators().forEach(i -> indicators.put(i.id(), i));
  }

  public static List<Problem> check(Scorecard scorecard, UnitData data) {
    Validation v = new Validation(scorecard, data);
    v.run();
    return v.problems.all();
  }

  private void run() {
    for (Indicator indicator : indicators.values()) {
      checkFormula(indicator);
    }
    findCycles();
    for (Indicator indicator : indicators.values()) {
      checkTarget(indicator);
    }
    if (!scorecard.perspectives().isEmpty()) {
      checkWeights();
    }
  }

  private Checker.Names names() {
    return new Checker.Names() {
      @Override
      public Kind kindOf(String name) {
        if (measures.contains(name)) {
          return Kind.MEASURE;
        }
        return indicators.containsKey(name) ? Kind.INDICATOR : Kind.UNKNOWN;
      }

      @Override
      public boolean isQuestionnaire(String name) {
        return data.surveys().questionnaires().contains(name);
      }

      @Override
      public boolean isProgrammeCategory(String category) {
        return data.programme().hasCategory(category);
      }

      @Override
      public Type typeOfIndicator(String name) {
        return typeOf(name, new HashSet<>());
      }
    };
  }

  /** An indicator's type, following references; a cycle is reported elsewhere, and counts as NUMBER. */
  private Type typeOf(String id, Set<String> visiting) {
    if (types.containsKey(id)) {
      return types.get(id);
    }
    if (!visiting.add(id)) {
      return Type.NUMBER;
    }
    Indicator indicator = indicators.get(id);
    Type type = Checker.check(indicator.formula(), new Checker.Names() {
      @Override
      public Kind kindOf(String name) {
        return names().kindOf(name);
      }

      @Override
      public boolean isQuestionnaire(String name) {
        return true;
      }

      @Override
      public boolean isProgrammeCategory(String category) {
        return true;
      }

      @Override
      public Type typeOfIndicator(String name) {
        return typeOf(name, visiting);
      }
    }).type();
    visiting.remove(id);
    return type;
  }

  private void checkFormula(Indicator indicator) {
    Checker.Report report = Checker.check(indicator.formula(), names());
    for (Checker.Issue issue : report.issues()) {
      problems.add(new Problem(Problem.Level.ERROR, indicator.formulaAt().shifted(issue.offset()), issue.message()));
    }
    if (!report.ok()) {
      badFormulas.add(indicator.id());
    }
    types.put(indicator.id(), report.type());
    uses.put(indicator.id(), report.indicators());
    boolean sharesName = measures.contains(indicator.id());
    boolean isJustTheMeasure = indicator.formula() instanceof Expr.Name n && n.name().equals(indicator.id());
    if (sharesName && !isJustTheMeasure) {
      problems.warning(indicator.location(), "check.indicator_shadowed_by_measure", indicator.id());
    }
  }

  /** Depth-first search; every edge back to an indicator still being visited closes one cycle. */
  private void findCycles() {
    Map<String, Boolean> finished = new HashMap<>();
    for (String id : indicators.keySet()) {
      visit(id, new ArrayList<>(), finished);
    }
  }

  private void visit(String id, List<String> path, Map<String, Boolean> finished) {
    Boolean state = finished.get(id);
    if (Boolean.TRUE.equals(state)) {
      return;
    }
    if (Boolean.FALSE.equals(state)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      problems.error(indicators.get(id).formulaAt(), "check.cycle", String.join(" -> ", cycle));
      return;
    }
    finished.put(id, false);
    path.add(id);
    for (String next : uses.getOrDefault(id, Set.of())) {
      visit(next, path, finished);
    }
    path.remove(path.size() - 1);
    finished.put(id, true);
  }

  private void checkMethodNeeds(Indicator indicator) {
    Method method = scorecard.scoring().method();
    if (indicator.override() != null) {
      return;
    }
    if (scorecard.scoring().needsTarget() && indicator.target() == null) {
      problems.error(indicator.location(), "check.no_target", indicator.id(), io.kinerja.core.text.Message.of("method." + method.key()));
    }
    if (method == Method.SNORM && indicator.snorm() == null) {
      problems.error(indicator.location(), "check.no_snorm_range", indicator.id());
    }
    if (method == Method.OMAX && indicator.omax() == null) {
      problems.error(indicator.location(), "check.no_omax_anchors", indicator.id());
    }
    if ((method == Method.SNORM || method == Method.OMAX) && indicator.direction() == null && indicator.omax() == null) {
      problems.error(indicator.location(), "check.no_direction", indicator.id(), method.key());
    }
    if (method == Method.OMAX && indicator.omax() != null && indicator.direction() != null) {
      boolean rising = indicator.omax().target() > indicator.omax().worst();
      if (rising != (indicator.direction() == Polarity.HIGHER)) {
        problems.error(indicator.location(), "check.omax_direction", indicator.id(), indicator.direction().key());
      }
    }
    if (method == Method.BANDS && indicator.bands() == null
        && scorecard.scoring().bands().bands().stream().allMatch(b -> b.score() == null)) {
      problems.error(indicator.location(), "check.bands_without_scores", indicator.id());
    }
  }

  private void checkWeights() {
    List<Double> perspectives = new ArrayList<>();
    scorecard.perspectives().forEach(p -> perspectives.add(p.weight()));
    checkSum(perspectives, scorecard.perspectives().get(0).location(), "check.perspective_weights");
    for (var perspective : scorecard.perspectives()) {
      List<Double> weights = new ArrayList<>();
      perspective.allIndicators().forEach(i -> weights.add(i.weight()));
      checkSum(weights, perspective.location(), "check.indicator_weights");
    }
  }

  /** Given weights should add up to 1 or 100; some given and others not is a warning too. */
  private void checkSum(List<Double> weights, io.kinerja.core.problem.Location at, String key) {
    long given = weights.stream().filter(w -> w != null).count();
    if (given == 0 || scorecard.scoring().method() == Method.MULYADI) {
      return;
    }
    double sum = weights.stream().filter(w -> w != null).mapToDouble(Double::doubleValue).sum();
    boolean whole = Math.abs(sum - 1) < 1e-6 || Math.abs(sum - 100) < 1e-6;
    if (given < weights.size() || !whole) {
      problems.warning(at, key, io.kinerja.core.text.Numbers.format(io.kinerja.core.text.Language.EN, sum, 6),
          given, weights.size());
    }
  }

  private void checkTarget(Indicator indicator) {
    checkMethodNeeds(indicator);
    Type type = types.getOrDefault(indicator.id(), Type.NUMBER);
    // A formula with a problem of its own has no type worth comparing with the target.
    boolean typeKnown = !badFormulas.contains(indicator.id());
    if (indicator.target() == null) {
      return;
    }
    List<Target> all = new ArrayList<>();
    if (indicator.target().always() != null) {
      all.add(indicator.target().always());
    }
    all.addAll(indicator.target().byPeriod().values());
    Set<Polarity> polarities = new HashSet<>();
    for (Target target : all) {
      polarities.add(target.polarity());
      boolean wantsClass = target instanceof Target.Ordinal;
      if (typeKnown && wantsClass && type != Type.CLASS) {
        problems.error(indicator.location(), "check.class_target_number_formula", indicator.id(), target.text());
      } else if (typeKnown && !wantsClass && type == Type.CLASS) {
        problems.error(indicator.location(), "check.number_target_class_formula", indicator.id(), target.text());
      }
    }
    if (polarities.size() > 1) {
      problems.error(indicator.location(), "check.targets_disagree", indicator.id());
    }
    Polarity declared = indicator.polarity();
    Polarity implied = all.isEmpty() ? null : all.get(0).polarity();
    if (declared != null && implied != null && declared != implied) {
      problems.error(indicator.location(), "check.polarity_disagrees", indicator.id(), declared.key(), all.get(0).text());
    }
  }
}
