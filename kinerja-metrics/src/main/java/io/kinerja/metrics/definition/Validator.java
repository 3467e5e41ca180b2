package io.kinerja.metrics.definition;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Message;
import io.kinerja.metrics.expression.Checker;
import io.kinerja.metrics.expression.Expr;
import io.kinerja.metrics.expression.ExpressionException;
import io.kinerja.metrics.expression.Parser;
import io.kinerja.metrics.expression.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks measure definitions against their sources' real columns and collects every problem: an
 * unknown source or column, a text that does not parse, an unknown function, a time column that is not
 * a date, a sum over text. Each problem names the measure, the source and the column or offset.
 */
public final class Validator {

  /** The measures that passed, and every problem found. */
  public record Validated(List<CheckedMetric> metrics, List<Problem> problems) {
    public Validated {
      metrics = List.copyOf(metrics);
      problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private final Map<String, SourceDefinition> sources = new LinkedHashMap<>();
  private final Map<String, SourceColumns> columns;
  private final List<Problem> problems = new ArrayList<>();

  private Validator(List<SourceDefinition> sources, Map<String, SourceColumns> columns) {
    sources.forEach(s -> this.sources.put(s.name(), s));
    this.columns = columns;
  }

  /**
   * Validates {@code metrics}. {@code columns} holds the columns of each source that could be read; a
   * source missing there was unreadable (its own problem is reported by whoever tried to read it), and
   * its measures are skipped silently here.
   */
  public static Validated validate(
      List<SourceDefinition> sources, List<MetricDefinition> metrics, Map<String, SourceColumns> columns) {
    Validator validator = new Validator(sources, columns);
    List<CheckedMetric> checked = new ArrayList<>();
    for (MetricDefinition metric : metrics) {
      CheckedMetric ok = validator.check(metric);
      if (ok != null) {
        checked.add(ok);
      }
    }
    return new Validated(checked, validator.problems);
  }

  private CheckedMetric check(MetricDefinition metric) {
    SourceDefinition source = sources.get(metric.from());
    if (source == null) {
      problems.add(Problem.error(metric.location(), "metrics.unknown_source", metric.name(), metric.from(),
          String.join(", ", sources.keySet())));
      return null;
    }
    SourceColumns cols = columns.get(source.name());
    if (cols == null) {
      return null;
    }
    int before = problems.size();
    Expr expression = expression(metric, cols);
    Expr where = where(metric, cols);
    String time = time(metric, cols);
    if (problems.size() > before) {
      return null;
    }
    return new CheckedMetric(metric, source, expression, where, time, cols.columns().get(time).type());
  }

  private void error(MetricDefinition metric, String part, Location at, Message what) {
    problems.add(Problem.error(at, "metrics.problem_in", metric.name(), Message.of("metrics.part." + part),
        metric.from(), what));
  }

  private Expr expression(MetricDefinition metric, SourceColumns cols) {
    if (metric.expression() == null || metric.expression().isBlank()) {
      error(metric, "expression", metric.location(), Message.of("metrics.no_expression", metric.aggregation().key()));
      return null;
    }
    if (metric.countsRecords()) {
      if (metric.aggregation() != Aggregation.COUNT) {
        error(metric, "expression", metric.expressionAt(), Message.of("metrics.star_only_for_count", metric.aggregation().key()));
      }
      return null;
    }
    Checker.Checked checked = parseAndCheck(metric, "expression", metric.expression(), metric.expressionAt(), cols);
    if (checked == null) {
      return null;
    }
    if (metric.aggregation().needsNumbers() && checked.type() != ValueType.NUMBER) {
      error(metric, "expression", metric.expressionAt(), Message.of("metrics.not_numeric",
          metric.aggregation().key(), metric.expression().trim(), Checker.typeWord(checked.type()), engineTypes(checked.expr(), cols)));
      return null;
    }
    return checked.expr();
  }

  /** The engine's type of a bare column, for messages ("VARCHAR"); empty for anything else. */
  private static String engineTypes(Expr expr, SourceColumns cols) {
    if (expr instanceof Expr.Column) {
      SourceColumns.Column column = cols.columns().get(((Expr.Column) expr).name());
      return column == null ? "" : " (" + column.engineType() + ")";
    }
    return "";
  }

  private Expr where(MetricDefinition metric, SourceColumns cols) {
    if (metric.where() == null) {
      return null;
    }
    Checker.Checked checked = parseAndCheck(metric, "where", metric.where(), metric.whereAt(), cols);
    if (checked == null) {
      return null;
    }
    if (checked.type() != ValueType.BOOLEAN) {
      error(metric, "where", metric.whereAt(), Message.of("metrics.where_not_condition", metric.where().trim(),
          Checker.typeWord(checked.type())));
      return null;
    }
    return checked.expr();
  }

  private Checker.Checked parseAndCheck(
      MetricDefinition metric, String part, String text, Location at, SourceColumns cols) {
    Expr parsed;
    try {
      parsed = Parser.parse(text);
    } catch (ExpressionException e) {
      error(metric, part, at.shifted(e.offset()), Message.of("metrics.at_offset", e.offset() + 1, e.problem()));
      return null;
    }
    Checker.Checked checked = Checker.check(parsed, cols.source(), cols.types());
    for (Checker.Issue issue : checked.issues()) {
      error(metric, part, at.shifted(issue.offset()), Message.of("metrics.at_offset", issue.offset() + 1, issue.message()));
    }
    return checked.isValid() ? checked : null;
  }

  private String time(MetricDefinition metric, SourceColumns cols) {
    if (metric.time() == null || metric.time().isBlank()) {
      error(metric, "time", metric.location(), Message.of("metrics.no_time"));
      return null;
    }
    String real = Checker.resolveColumn(metric.time().trim(), cols.types());
    if (real == null) {
      error(metric, "time", metric.timeAt(), Message.of("metrics.unknown_column", metric.time().trim(), cols.source(),
          String.join(", ", cols.columns().keySet())));
      return null;
    }
    SourceColumns.Column column = cols.columns().get(real);
    if (!column.type().isTime()) {
      error(metric, "time", metric.timeAt(), Message.of("metrics.time_not_date", real, Checker.typeWord(column.type()),
          column.engineType()));
      return null;
    }
    return real;
  }
}
