package io.kinerja.data.yaml;

import io.kinerja.core.formula.Expr;
import io.kinerja.core.problem.Location;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A measure of a parent unit's scorecard whose values are rolled up from the child units' scorecards
 * (written {@code cascade: { indicator: sales, rollup: sum }} under the measure): for each period, the
 * value of {@code indicator} in each child unit's scorecard, combined by {@code rollup}. Only the server
 * knows the unit tree, so only the server computes it; {@code weights} are per child unit (weighted
 * mean), {@code formula} names each child unit by its id with '-' written as '_'.
 */
public record Cascade(String measure, String indicator, Kind rollup, Map<String, Double> weights, Expr formula,
    String formulaText, Location location) {

  /** How the children's values are combined. */
  public enum Kind {
    SUM("sum"), MEAN("mean"), WEIGHTED_MEAN("weighted_mean"), FORMULA("formula");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static Optional<Kind> byKey(String key) {
      return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
  }

  public Cascade {
    weights = Map.copyOf(weights);
  }

  /** The name a child unit goes by in a cascade's formula: its id with '-' written as '_'. */
  public static String formulaName(String unit) {
    return unit.replace('-', '_');
  }
}
