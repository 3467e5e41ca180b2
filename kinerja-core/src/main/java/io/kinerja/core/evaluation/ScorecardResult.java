package io.kinerja.core.evaluation;

import io.kinerja.core.model.Method;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.text.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a scorecard gives for one span of periods (and one segment, empty for the whole unit),
 * derived in one pass from definition and data: indicators, perspectives, the overall result, and the
 * questionnaires and work-programme categories that were used, the improvement priorities ("what to fix
 * first"), and under OMAX the index: the change of the performance indicator against the previous period,
 * in percent (null where there is none).
 */
public record ScorecardResult(
    Scorecard scorecard,
    Span span,
    Map<String, String> segment,
    Method method,
    List<IndicatorResult> indicators,
    List<GroupResult> perspectives,
    Aggregate overall,
    Message category,
    Map<String, Likert> questionnaires,
    List<WorkProgramme.Completion> programmes,
    List<Improvement> improvements,
    Double change,
    List<Problem> warnings) {

  public ScorecardResult {
    segment = Map.copyOf(segment);
    indicators = List.copyOf(indicators);
    perspectives = List.copyOf(perspectives);
    questionnaires = Map.copyOf(questionnaires);
    programmes = List.copyOf(programmes);
    improvements = List.copyOf(improvements);
    warnings = List.copyOf(warnings);
  }

  public Optional<IndicatorResult> indicator(String id) {
    return indicators.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public List<IndicatorResult> indicatorsOf(String perspective) {
    return indicators.stream().filter(r -> r.perspective().equals(perspective)).toList();
  }
}
