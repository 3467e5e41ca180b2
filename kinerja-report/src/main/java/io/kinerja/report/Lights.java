package io.kinerja.report;

import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.formula.Value;
import io.kinerja.core.model.Method;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The traffic-light colour of a score: the colour of the band it falls in (the indicator's own bands,
 * else Mulyadi's −1/0/+1, else the scorecard's bands). Band colours are user text, so only colour names
 * and hex codes pass; anything else is drawn grey.
 */
final class Lights {

  static final String NONE = "#b8bec6";

  private static final Map<String, String> NAMED = Map.of(
      "red", "#d64545", "orange", "#ef8a3c", "yellow", "#f2c94c", "lightgreen", "#98cf73", "green", "#3f9d55");
  private static final Pattern SAFE = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}");

  private Lights() {}

  static String of(ScorecardResult result, IndicatorResult r) {
    if (r.indicator().bands() != null && r.value() instanceof Value.Number n) {
      return band(r.indicator().bands(), n.value());
    }
    if (r.score() == null) {
      return NONE;
    }
    if (result.method() == Method.MULYADI) {
      return colour(r.score() > 0 ? "green" : r.score() == 0 ? "yellow" : "red");
    }
    return band(result.scorecard().scoring().bands(), r.score());
  }

  /** The colour of a final score under the scorecard's bands. */
  static String ofFinal(ScorecardResult result, Double x) {
    return x == null ? NONE : band(result.scorecard().scoring().bands(), x);
  }

  static String band(Bands bands, double x) {
    return bands == null ? NONE : bands.find(x).map(Band::colour).map(Lights::colour).orElse(NONE);
  }

  static String colour(String name) {
    if (name == null || !SAFE.matcher(name).matches()) {
      return NONE;
    }
    return NAMED.getOrDefault(name.toLowerCase(), name);
  }
}
