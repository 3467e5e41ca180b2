package io.kinerja.report;

import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Scoring;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;
import java.math.BigDecimal;

/**
 * The scoring rules of DESIGN §5 as Excel formulas over a value cell {@code v}, a standard cell {@code
 * t} and the scorecard's parameter cell {@code p} (Mulyadi's tolerance, the achievement cap), giving
 * the same numbers as {@link io.kinerja.core.scoring}: Mulyadi's −1/0/+1 with the tolerance (compared
 * to nine decimals, as the core does), the achievement ratio floored at 0 and capped, and Snorm. OMAX
 * and the bands method are not written as formulas ({@link #supports}).
 */
final class ScoreFormulas {

  private ScoreFormulas() {}

  static boolean supports(Method method) {
    return method == Method.MULYADI || method == Method.ACHIEVEMENT || method == Method.SNORM;
  }

  /** The formula (without '=') or null when the indicator cannot be scored by formula. */
  static String score(Scoring scoring, IndicatorResult r, String v, String t, String p, String scale) {
    Target target = r.target();
    return switch (scoring.method()) {
      case MULYADI -> target == null ? null : guarded(target, v, mulyadi(target, v, t, p, scale));
      case ACHIEVEMENT -> target == null ? null
          : guarded(target, v, "100*MAX(0,MIN(" + p + "," + achievement(scoring, target, v, t, p, scale) + "))");
      case SNORM -> snorm(r, v);
      default -> null;
    };
  }

  private static String guarded(Target target, String v, String formula) {
    String has = target instanceof Target.Ordinal ? v + "<>\"\"" : "ISNUMBER(" + v + ")";
    return "IF(" + has + "," + formula + ",\"\")";
  }

  private static String mulyadi(Target target, String v, String t, String p, String scale) {
    if (target instanceof Target.AtLeast || target instanceof Target.AtMost) {
      String better = target instanceof Target.AtLeast ? ">" : "<";
      return "IF(ROUND(ABS(" + v + "-" + t + "),9)<=ROUND(" + p + "*ABS(" + t + "),9),0,IF(" + v + better + t
          + ",1,-1))";
    }
    if (target instanceof Target.Between b) {
      String low = n(b.low());
      String high = n(b.high());
      return "IF(AND(ROUND(" + v + ",9)>=ROUND(" + low + "-" + p + "*ABS(" + low + "),9),ROUND(" + v + ",9)<=ROUND("
          + high + "+" + p + "*ABS(" + high + "),9)),0,-1)";
    }
    if (target instanceof Target.Ordinal) {
      return "SIGN(MATCH(" + v + "," + scale + ",0)-" + t + ")";
    }
    return "IF(" + v + ">0,1,-1)";
  }

  private static String achievement(Scoring scoring, Target target, String v, String t, String p, String scale) {
    if (target instanceof Target.AtLeast) {
      return "IF(" + t + "=0,IF(" + v + ">0," + p + ",0)," + v + "/" + t + ")";
    }
    if (target instanceof Target.AtMost) {
      return scoring.lowerByDifference()
          ? "IF(" + t + "=0,IF(" + v + "<=0," + p + ",0),2-" + v + "/" + t + ")"
          : "IF(" + v + "<=0," + p + "," + t + "/" + v + ")";
    }
    if (target instanceof Target.Between b) {
      String low = n(b.low());
      String high = n(b.high());
      return "IF(AND(" + v + ">=" + low + "," + v + "<=" + high + "),1,IF(" + v + "<" + low + ","
          + (b.low() == 0 ? "0" : v + "/" + low) + ",IF(" + v + "=0," + p + "," + high + "/" + v + ")))";
    }
    if (target instanceof Target.Ordinal) {
      return "MATCH(" + v + "," + scale + ",0)/" + t;
    }
    return "IF(" + v + ">0,1,0)";
  }

  private static String snorm(IndicatorResult r, String v) {
    var range = r.indicator().snorm();
    if (range == null) {
      return null;
    }
    String min = n(range.min());
    String max = n(range.max());
    String raw = r.indicator().direction() == Polarity.LOWER
        ? "(" + max + "-" + v + ")/(" + max + "-" + min + ")*100"
        : "(" + v + "-" + min + ")/(" + max + "-" + min + ")*100";
    return "IF(ISNUMBER(" + v + "),MAX(0,MIN(100," + raw + ")),\"\")";
  }

  /** The standard the score formula compares with, as the number in the standard cell, or null. */
  static Double standard(Method method, Target target, java.util.List<String> scale) {
    if (target instanceof Target.AtLeast t) {
      return t.standard();
    }
    if (target instanceof Target.AtMost t) {
      return t.standard();
    }
    if (target instanceof Target.Ordinal o && !scale.isEmpty()) {
      int position = position(scale, o.label());
      return position < 0 ? null : (double) (method == Method.MULYADI ? position + 1 : position + 1);
    }
    return null;
  }

  private static int position(java.util.List<String> scale, String label) {
    for (int k = 0; k < scale.size(); k++) {
      if (scale.get(k).equalsIgnoreCase(label.strip())) {
        return k;
      }
    }
    return scale.size() == io.kinerja.core.survey.Likert.CLASSES ? io.kinerja.core.survey.Likert.positionOf(label) : -1;
  }

  /** Mulyadi's word for a score cell. */
  static String mulyadiWord(String s, Words words) {
    return "IF(ISNUMBER(" + s + "),IF(" + s + ">0," + Book.literal(words.text(io.kinerja.core.scoring.Mulyadi.wordFor(1)))
        + ",IF(" + s + "=0," + Book.literal(words.text(io.kinerja.core.scoring.Mulyadi.wordFor(0))) + ","
        + Book.literal(words.text(io.kinerja.core.scoring.Mulyadi.wordFor(-1))) + ")),\"\")";
  }

  /** The label of the band a number cell falls in, as nested IFs over the bands' upper ends. */
  static String band(Bands bands, String x, Words words) {
    StringBuilder formula = new StringBuilder("IF(ISNUMBER(" + x + "),");
    int open = 0;
    for (int i = 0; i < bands.bands().size() - 1; i++) {
      Band b = bands.bands().get(i);
      if (b.to() == null) {
        break;
      }
      formula.append("IF(").append(x).append(b.toClosed() ? "<=" : "<").append(n(b.to())).append(',')
          .append(Book.literal(b.label(words.language()))).append(',');
      open++;
    }
    formula.append(Book.literal(bands.bands().get(bands.bands().size() - 1).label(words.language())));
    formula.append(")".repeat(open)).append(",\"\")");
    return formula.toString();
  }

  static String n(double x) {
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
