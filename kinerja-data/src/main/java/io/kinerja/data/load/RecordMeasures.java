package io.kinerja.data.load;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.yaml.Declaration;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.EmptyPeriod;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code sources:} and the record measures of a scorecard file (DESIGN §6) into the metrics
 * layer's definitions: each measure names exactly one aggregation ({@code count}, {@code sum}, …) with
 * its expression, the {@code time} column and an optional {@code where} filter.
 */
final class RecordMeasures {

  private static final List<String> AGGREGATIONS = List.of("count", "count_distinct", "sum", "avg", "min", "max");

  private RecordMeasures() {}

  static List<SourceDefinition> sources(ScorecardDocument document) {
    List<SourceDefinition> sources = new ArrayList<>();
    for (Declaration d : document.sources().values()) {
      String file = d.fields().get("file");
      sources.add(file != null ? SourceDefinition.file(d.name(), file, d.at().getOrDefault("file", d.location()))
          : SourceDefinition.table(d.name(), d.fields().get("table"), d.at().getOrDefault("table", d.location())));
    }
    return sources;
  }

  static List<MetricDefinition> metrics(ScorecardDocument document, Problems problems) {
    List<MetricDefinition> metrics = new ArrayList<>();
    for (Declaration d : document.recordMeasures().values()) {
      MetricDefinition metric = metric(d, problems);
      if (metric != null) {
        metrics.add(metric);
      }
    }
    return metrics;
  }

  private static MetricDefinition metric(Declaration d, Problems problems) {
    Map<String, String> f = d.fields();
    List<String> named = AGGREGATIONS.stream().filter(f::containsKey).toList();
    if (named.size() != 1) {
      problems.error(d.location(), named.isEmpty() ? "yaml.measure_needs_aggregation" : "yaml.measure_two_aggregations",
          d.name(), String.join(", ", named.isEmpty() ? AGGREGATIONS : named));
      return null;
    }
    if (!f.containsKey("time")) {
      problems.error(d.location(), "yaml.missing_key", "time", "measure " + d.name());
      return null;
    }
    String aggregation = named.get(0);
    EmptyPeriod empty = null;
    if (f.containsKey("empty")) {
      empty = EmptyPeriod.byName(f.get("empty").strip());
      if (empty == null) {
        problems.error(d.at().get("empty"), "yaml.unknown_empty_rule", f.get("empty"));
        return null;
      }
    }
    Location at = d.at().get(aggregation);
    return new MetricDefinition(d.name(), f.get("from"), Aggregation.byName(aggregation), f.get(aggregation), f.get("time"),
        f.get("where"), empty, d.location(), at, d.at().get("time"), d.at().get("where"));
  }
}
