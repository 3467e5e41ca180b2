package io.kinerja.core.weighting;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seed 002's rule for weighting KPIs, for units that do not run AHP. The seed ("Tentukan KPI pemasaran
 * dan bobotnya") says only which way each of three factors pushes a KPI's weight:
 *
 * <ul>
 *   <li><b>priority</b> (prioritas): the higher the priority, the higher the weight;
 *   <li><b>difficulty</b> (tingkat kesulitan): the harder the target is to reach, the higher the weight;
 *   <li><b>credibility of the data</b> (kredibilitas informasi): the more credible the data on the
 *       target's achievement, the higher the weight; credible means hard to manipulate.
 * </ul>
 *
 * <p>It gives no scale, no formula and no relative importance of the factors, so the rule here rests on
 * stated assumptions: each KPI is rated on each factor from 1 (lowest) to 5 (highest), the factors count
 * equally, and a KPI's points are the sum of its three ratings; its weight is its points divided by the
 * points of all KPIs, so weights sum to 1. A sum rather than a product keeps one low rating from
 * swamping the other two, and it raises the weight whenever any one factor rises, as the seed asks. The
 * seed's advice of five to ten KPIs in all is about designing a scorecard, not about weights, and is not
 * enforced.
 */
public final class FactorWeighting {

  public static final int RATING_MIN = 1;
  public static final int RATING_MAX = 5;

  private FactorWeighting() {}

  /** One KPI's ratings, each from 1 to 5 (higher: more important, harder, more credible). */
  public record Rating(String kpi, int priority, int difficulty, int credibility) {

    /** The KPI's points: the sum of its three ratings. */
    public int points() {
      return priority + difficulty + credibility;
    }
  }

  /** A KPI's weight with the ratings and points it comes from, so that the number can be explained. */
  public record FactorWeight(Rating rating, int points, double weight) {}

  /** The weight of every KPI, in the order given; every bad rating is reported at once. */
  public static List<FactorWeight> weigh(List<Rating> ratings) {
    check(ratings);
    int total = ratings.stream().mapToInt(Rating::points).sum();
    List<FactorWeight> out = new ArrayList<>();
    for (Rating rating : ratings) {
      out.add(new FactorWeight(rating, rating.points(), (double) rating.points() / total));
    }
    return List.copyOf(out);
  }

  /** The weights alone, KPI by KPI in the order given. */
  public static Map<String, Double> weights(List<Rating> ratings) {
    Map<String, Double> out = new LinkedHashMap<>();
    weigh(ratings).forEach(w -> out.put(w.rating().kpi(), w.weight()));
    return out;
  }

  private static void check(List<Rating> ratings) {
    Problems problems = new Problems();
    if (ratings.isEmpty()) {
      problems.error(Location.NOWHERE, "weighting.factors.empty");
    }
    Set<String> seen = new HashSet<>();
    for (Rating rating : ratings) {
      Location at = Location.field(rating.kpi());
      if (!seen.add(rating.kpi())) {
        problems.error(at, "weighting.factors.duplicate", rating.kpi());
      }
      checkRating(problems, at, rating.kpi(), "priority", rating.priority());
      checkRating(problems, at, rating.kpi(), "difficulty", rating.difficulty());
      checkRating(problems, at, rating.kpi(), "credibility", rating.credibility());
    }
    problems.throwIfErrors();
  }

  private static void checkRating(Problems problems, Location at, String kpi, String factor, int value) {
    if (value < RATING_MIN || value > RATING_MAX) {
      problems.error(
          at,
          "weighting.factors.out_of_scale",
          kpi,
          Message.of("weighting.factor." + factor),
          value,
          RATING_MIN,
          RATING_MAX);
    }
  }
}
