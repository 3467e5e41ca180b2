package io.kinerja.core.model;

import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.text.Language;
import io.kinerja.core.weighting.AhpResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's whole definition: perspectives, objectives, indicators, targets, weights and method, and the
 * AHP results its weights were derived from, if any ({@link #PERSPECTIVES}, or a perspective's id).
 */
public record Scorecard(
    String id,
    String name,
    Language language,
    Grain grain,
    Period current,
    Scoring scoring,
    List<Perspective> perspectives,
    Map<String, MeasureDefinition> measures,
    Map<String, AhpResult> ahp,
    String file) {

  /** The scope of the AHP result that weighs the perspectives; a perspective's id scopes its indicators'. */
  public static final String PERSPECTIVES = "perspectives";

  public Scorecard {
    perspectives = List.copyOf(perspectives);
    measures = Map.copyOf(measures);
    ahp = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ahp));
  }

  public Scorecard(String id, String name, Language language, Grain grain, Period current, Scoring scoring,
      List<Perspective> perspectives, Map<String, MeasureDefinition> measures, String file) {
    this(id, name, language, grain, current, scoring, perspectives, measures, Map.of(), file);
  }

  /** The same scorecard with these perspectives (weights derived, say) and these AHP results. */
  public Scorecard withWeights(List<Perspective> weighted, Map<String, AhpResult> results) {
    return new Scorecard(id, name, language, grain, current, scoring, weighted, measures, results, file);
  }

  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    perspectives.forEach(p -> all.addAll(p.allIndicators()));
    return all;
  }

  /** Every objective of every perspective, in file order. */
  public List<Objective> objectives() {
    List<Objective> all = new ArrayList<>();
    perspectives.forEach(p -> all.addAll(p.objectives()));
    return all;
  }

  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Perspective perspectiveOf(Indicator indicator) {
    return perspectives.stream().filter(p -> p.allIndicators().contains(indicator)).findFirst().orElseThrow();
  }

  public Rollup rollupOf(String measure) {
    MeasureDefinition definition = measures.get(measure);
    return definition == null ? Rollup.SUM : definition.rollup();
  }
}
