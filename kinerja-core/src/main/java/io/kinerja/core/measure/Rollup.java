package io.kinerja.core.measure;

import io.kinerja.core.period.Period;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a measure rolls up over time (DESIGN §5.10): flows add up, stocks take the last period's value,
 * and some measures are averaged. A sum or average needs every part; the last value needs the last part.
 */
public enum Rollup {
  SUM,
  LAST,
  AVG;

  public static Rollup byName(String name) {
    for (Rollup rollup : values()) {
      if (rollup.name().equalsIgnoreCase(name)) {
        return rollup;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase();
  }

  /** Combines the values of {@code parts} (in order) into the value of {@code whole}. */
  public MeasureValue combine(String measure, String whole, List<Period> parts, List<MeasureValue> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    if (this == LAST) {
      MeasureValue last = values.get(values.size() - 1);
      return last.isMissing()
          ? MeasureValue.missing(Message.of("value.no_last_figure", measure, whole, parts.get(parts.size() - 1).name()))
          : MeasureValue.computed(last.value(), Message.of("how.last_of_parts", parts.get(parts.size() - 1).name()),
              last.inputs(), last.queries());
    }
    List<String> missing = new ArrayList<>();
    List<Observation> used = new ArrayList<>();
    Set<String> queries = new LinkedHashSet<>();
    double sum = 0;
    for (int i = 0; i < values.size(); i++) {
      MeasureValue v = values.get(i);
      if (v.isMissing()) {
        missing.add(parts.get(i).name());
      } else {
        sum += v.value();
        used.addAll(v.inputs());
        queries.addAll(v.queries());
      }
    }
    if (!missing.isEmpty()) {
      return MeasureValue.missing(Message.of("value.incomplete_rollup", measure, whole,
          values.size() - missing.size(), values.size(), String.join(", ", missing)));
    }
    double value = this == SUM ? sum : sum / values.size();
    return MeasureValue.computed(value, Message.of("how." + key() + "_of_parts", values.size(),
        Message.of("grain." + parts.get(0).grain().key() + ".plural")), used, List.copyOf(queries));
  }
}
