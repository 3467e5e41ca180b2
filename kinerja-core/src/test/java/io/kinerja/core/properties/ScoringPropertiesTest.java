package io.kinerja.core.properties;

import static io.kinerja.core.properties.Property.figure;
import static io.kinerja.core.properties.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.formula.Value;
import io.kinerja.core.scoring.Achievement;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.scoring.Mulyadi;
import io.kinerja.core.scoring.Omax;
import io.kinerja.core.scoring.OmaxAnchors;
import io.kinerja.core.scoring.Scored;
import io.kinerja.core.scoring.ScoringMethod;
import io.kinerja.core.scoring.Snorm;
import io.kinerja.core.scoring.SnormRange;
import io.kinerja.core.scoring.Standard;
import io.kinerja.core.scoring.Verdict;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The scoring methods' invariants (DESIGN §5.2–5.5) over generated values, targets and weights. */
class ScoringPropertiesTest {

  private static Target target(SplittableRandom r) {
    double t = figure(r, 1000);
    return switch (r.nextInt(5)) {
      case 0 -> new Target.AtLeast(t, r.nextBoolean());
      case 1 -> new Target.AtMost(t, r.nextBoolean());
      case 2 -> new Target.Between(Math.min(t, t + figure(r, 100)), Math.max(t, t + figure(r, 100)));
      case 3 -> new Target.Exists();
      default -> new Target.AtLeast(0, false);
    };
  }

  record Indicators(List<Double> actuals, List<Target> targets, double tolerance) {}

  private static Indicators indicators(SplittableRandom r) {
    int n = r.nextInt(0, 20);
    List<Double> actuals = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actuals.add(figure(r, 1000));
      targets.add(target(r));
    }
    return new Indicators(actuals, targets, Property.oneOf(r, 0.0, 0.05, 0.1, 1.0));
  }

  @Test
  void a_mulyadi_final_score_lies_in_minus_one_to_one_and_its_maximum_is_the_number_scored() {
    forAll(1000, ScoringPropertiesTest::indicators, c -> {
      Mulyadi mulyadi = new Mulyadi(c.tolerance());
      List<Scored> scored = new ArrayList<>();
      for (int i = 0; i < c.actuals().size(); i++) {
        Verdict v = mulyadi.score(Value.of(c.actuals().get(i)), Standard.of(c.targets().get(i)));
        assertThat(v.score()).isIn(-1.0, 0.0, 1.0);
        scored.add(new Scored(v.score(), null));
      }
      Aggregate a = mulyadi.rollUp(scored, scored.size());
      assertThat(a.max()).isEqualTo(scored.size());
      if (scored.isEmpty()) {
        assertThat(a.fin()).isNull();
      } else {
        assertThat(a.fin()).isBetween(-1.0, 1.0);
      }
    });
  }

  @Test
  void an_achievement_score_lies_in_zero_to_the_cap_in_percent() {
    forAll(1000, r -> new Object[] {figure(r, 1000), target(r), Property.oneOf(r, 1.0, 1.2, 1.5, 2.0), r.nextBoolean()},
        c -> {
          double cap = (double) c[2];
          Verdict v = new Achievement(cap, (boolean) c[3]).score(Value.of((double) c[0]), Standard.of((Target) c[1]));
          assertThat(v.score()).isBetween(0.0, cap * 100);
        });
  }

  @Test
  void a_snorm_score_lies_in_zero_to_one_hundred() {
    forAll(1000, r -> {
      double min = figure(r, 1000);
      return new Object[] {figure(r, 2000), new SnormRange(min, min + 0.01 + Math.abs(figure(r, 1000))),
          Property.oneOf(r, Polarity.HIGHER, Polarity.LOWER)};
    }, c -> {
      Standard standard = new Standard(null, (Polarity) c[2], (SnormRange) c[1], null, null);
      assertThat(new Snorm().score(Value.of((double) c[0]), standard).score()).isBetween(0.0, 100.0);
    });
  }

  /** Anchors worst → baseline → target in the better direction, apart by at least 0.01. */
  private static OmaxAnchors anchors(SplittableRandom r, boolean lower) {
    double worst = figure(r, 1000);
    double step1 = 0.01 + Math.abs(figure(r, 100));
    double step2 = 0.01 + Math.abs(figure(r, 100));
    return lower ? new OmaxAnchors(worst, worst - step1, worst - step1 - step2)
        : new OmaxAnchors(worst, worst + step1, worst + step1 + step2);
  }

  @Test
  void omax_levels_run_from_worst_to_target_and_a_score_is_a_level_from_0_to_10() {
    forAll(1000, r -> {
      boolean lower = r.nextBoolean();
      return new Object[] {anchors(r, lower), lower, figure(r, 1500)};
    }, c -> {
      OmaxAnchors a = (OmaxAnchors) c[0];
      boolean lower = (boolean) c[1];
      double[] levels = Omax.levels(a);
      for (int k = 1; k < levels.length; k++) {
        assertThat(lower ? levels[k] <= levels[k - 1] : levels[k] >= levels[k - 1]).as("level %s", k).isTrue();
      }
      Standard standard = new Standard(null, lower ? Polarity.LOWER : Polarity.HIGHER, null, a, null);
      double score = new Omax().score(Value.of((double) c[2]), standard).score();
      assertThat(score).isBetween(0.0, 10.0);
      assertThat(score).isEqualTo(Math.rint(score));
    });
  }

  @Test
  void raising_a_higher_is_better_value_never_lowers_its_omax_level() {
    forAll(1000, r -> new Object[] {anchors(r, false), figure(r, 1500), Math.abs(figure(r, 200))}, c -> {
      Standard standard = new Standard(null, Polarity.HIGHER, null, (OmaxAnchors) c[0], null);
      double x = (double) c[1];
      double before = new Omax().score(Value.of(x), standard).score();
      double after = new Omax().score(Value.of(x + (double) c[2]), standard).score();
      assertThat(after).isGreaterThanOrEqualTo(before);
    });
  }

  @Test
  void a_weighted_mean_lies_between_the_smallest_and_the_largest_score() {
    forAll(1000, r -> {
      List<Scored> scored = new ArrayList<>();
      int n = r.nextInt(1, 15);
      for (int i = 0; i < n; i++) {
        scored.add(new Scored(Math.abs(figure(r, 100)), r.nextBoolean() ? null : 0.001 + Math.abs(figure(r, 10))));
      }
      return scored;
    }, scored -> {
      double min = scored.stream().mapToDouble(Scored::score).min().orElseThrow();
      double max = scored.stream().mapToDouble(Scored::score).max().orElseThrow();
      Aggregate mean = ScoringMethod.weightedMean(scored, scored.size(), 100);
      assertThat(mean.fin()).isBetween(min - 1e-9, max + 1e-9);
    });
  }
}
