package io.kinerja.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad definitions and files: each is a problem that names the measure, the source and the column. */
class BadInputTest {

  @TempDir Path dir;

  @BeforeEach
  void files() throws Exception {
    Fixtures.write(dir, "deals.csv", Fixtures.DEALS_CSV);
  }

  private List<Problem> problems(MetricDefinition... metrics) {
    return DuckDbEngine.validate(List.of(Fixtures.source("deals", "deals.csv")), List.of(metrics), dir);
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  /** A measure as the YAML reader gives it: the filter's text starts at line 7, column 40 of the file. */
  private static MetricDefinition located(String name, Aggregation aggregation, String expression, String time,
      String where) {
    Location entry = Location.of("scorecard.yaml", 7, 3);
    return new MetricDefinition(name, "deals", aggregation, expression, time, where, null, entry,
        Location.of("scorecard.yaml", 7, 20), Location.of("scorecard.yaml", 7, 30), Location.of("scorecard.yaml", 7, 40));
  }

  @Test
  void a_missing_file_names_the_source_and_the_path() {
    List<Problem> problems = DuckDbEngine.validate(List.of(SourceDefinition.file("leads", "nowhere/leads.csv",
        Location.of("scorecard.yaml", 10, 3))), List.of(), dir);
    assertThat(texts(problems)).containsExactly("scorecard.yaml:10:3: error: source 'leads': the file nowhere/leads.csv "
        + "does not exist (looked for " + dir.resolve("nowhere/leads.csv") + ")");
  }

  @Test
  void a_missing_column_points_into_the_filter_and_lists_the_columns() {
    List<Problem> problems = problems(located("won", Aggregation.COUNT, "*", "closed_at", "stag = 'WON'"));
    assertThat(texts(problems)).containsExactly("scorecard.yaml:7:40: error: measure 'won', filter (source 'deals'): "
        + "at character 1: source 'deals' has no column 'stag'; its columns are: id, created_at, channel, stage, "
        + "amount, closed_at");
  }

  @Test
  void summing_text_is_a_wrong_type_naming_the_column_and_its_type() {
    assertThat(texts(problems(located("total", Aggregation.SUM, "channel", "created_at", null))))
        .containsExactly("scorecard.yaml:7:20: error: measure 'total', expression (source 'deals'): sum needs numbers, "
            + "but 'channel' is text (VARCHAR)");
  }

  @Test
  void comparing_a_number_with_text_is_a_wrong_type() {
    assertThat(texts(problems(located("x", Aggregation.COUNT, "*", "created_at", "amount = 'big'"))))
        .containsExactly("scorecard.yaml:7:47: error: measure 'x', filter (source 'deals'): at character 8: "
            + "cannot compare amount (a number) with 'big' (text)");
  }

  @Test
  void an_unparseable_filter_names_the_offset() {
    assertThat(texts(problems(located("won", Aggregation.COUNT, "*", "closed_at", "stage = 'WON"))))
        .containsExactly("scorecard.yaml:7:48: error: measure 'won', filter (source 'deals'): at character 9: "
            + "the quoted text is not closed: add the closing '");
    assertThat(texts(problems(located("won", Aggregation.COUNT, "*", "closed_at", "stage = = 'WON'"))))
        .containsExactly("scorecard.yaml:7:48: error: measure 'won', filter (source 'deals'): at character 9: "
            + "expected a value but found '='");
  }

  @Test
  void an_unknown_function_is_named_with_the_ones_that_exist() {
    assertThat(texts(problems(located("won", Aggregation.COUNT, "*", "closed_at", "lower(stage) = 'won'"))))
        .containsExactly("scorecard.yaml:7:40: error: measure 'won', filter (source 'deals'): at character 1: "
            + "unknown function 'lower': the functions are coalesce, days_between");
  }

  @Test
  void a_time_column_that_is_not_a_date_is_refused() {
    assertThat(texts(problems(located("n", Aggregation.COUNT, "*", "channel", null))))
        .containsExactly("scorecard.yaml:7:30: error: measure 'n', time column (source 'deals'): the time column "
            + "'channel' is text (VARCHAR), not a date or timestamp");
  }

  @Test
  void an_unknown_source_lists_the_declared_ones() {
    MetricDefinition spend = MetricDefinition.of("spend", "spend", Aggregation.SUM, "amount", "date", null);
    assertThat(texts(problems(spend))).containsExactly(
        "error: measure 'spend' is taken from the source 'spend', which is not declared; the sources are: deals");
  }

  @Test
  void every_problem_is_reported_at_once_and_construction_fails_with_all_of_them() {
    List<MetricDefinition> bad = List.of(
        Fixtures.of("a", Aggregation.SUM, "stage", "created_at", null),
        Fixtures.of("b", Aggregation.AVG, "*", "created_at", null),
        Fixtures.count("c", "nope", "channel = 'x' and"),
        Fixtures.count("d", "created_at", "amount + 1"));
    assertThatThrownBy(() -> new DuckDbEngine(List.of(Fixtures.source("deals", "deals.csv")), bad, dir))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(5)
            .extracting(p -> p.message().args().get(0)).containsExactly("a", "b", "c", "c", "d"));
  }

  @Test
  void problems_are_said_in_indonesian_too() {
    Problem problem = problems(located("n", Aggregation.COUNT, "*", "channel", null)).get(0);
    assertThat(problem.describe(Language.ID)).isEqualTo("scorecard.yaml:7:30: galat: ukuran 'n', kolom waktu "
        + "(sumber 'deals'): kolom waktu 'channel' adalah teks (VARCHAR), bukan tanggal atau tanggal dan waktu");
  }

  @Test
  void unknown_formats_are_refused_by_name_and_a_missing_xlsx_is_a_missing_file() {
    List<Problem> problems = DuckDbEngine.validate(List.of(SourceDefinition.file("a", "a.xlsx", null),
        SourceDefinition.file("b", "b.docx", null)), List.of(), dir);
    assertThat(texts(problems)).containsExactly(
        "error: source 'a': the file a.xlsx does not exist (looked for " + dir.resolve("a.xlsx") + ")",
        "error: source 'b': the file b.docx is not of a known format (.csv, .parquet, .json, .xlsx)");
  }

  @Test
  void a_table_that_does_not_exist_is_unreadable() {
    List<Problem> problems = DuckDbEngine.validate(List.of(SourceDefinition.table("crm", "crm.leads", null)),
        List.of(), dir);
    assertThat(texts(problems)).singleElement().asString().startsWith("error: source 'crm': crm.leads cannot be read: ");
  }

  @Test
  void splitting_by_a_column_the_source_lacks_is_an_error_that_says_so() throws Exception {
    try (DuckDbEngine engine = new DuckDbEngine(List.of(Fixtures.source("deals", "deals.csv")),
        List.of(Fixtures.count("created", "created_at", null)), dir)) {
      assertThatThrownBy(() -> engine.value("created", Period.parse("2025").orElseThrow(), Map.of("region", "x"),
          Rollup.SUM)).isInstanceOf(InvalidInputException.class)
          .hasMessage("error: measure 'created' cannot be split by 'region': its source 'deals' has no such column; "
              + "its columns are: id, created_at, channel, stage, amount, closed_at");
    }
  }

  @Test
  void a_value_that_breaks_the_detected_type_is_a_problem_of_the_source() throws Exception {
    Fixtures.write(dir, "odd.csv", "id,at\n1,2025-01-01\n");
    MetricDefinition n = MetricDefinition.of("n", "odd", Aggregation.COUNT, "*", "at", null);
    try (DuckDbEngine engine = new DuckDbEngine(List.of(Fixtures.source("odd", "odd.csv")), List.of(n), dir)) {
      Fixtures.write(dir, "odd.csv", "id,at\n1,2025-01-01\n2,not a date\n");
      assertThatThrownBy(() -> engine.value("n", Period.parse("2025").orElseThrow(), Map.of(), Rollup.SUM))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("error: source 'odd': reading odd.csv failed: ");
    }
  }
}
