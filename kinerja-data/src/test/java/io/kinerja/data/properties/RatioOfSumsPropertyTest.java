package io.kinerja.data.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.formula.Value;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §5.10: a year's indicator is a ratio of sums, never a mean of monthly ratios; so the same
 * indicator over the same records gives the same value whether DuckDB aggregates the raw records for
 * the year or the year rolls up monthly figures typed in from them. Generated record sets, each written
 * as CSV beside two scorecards; 15 cases from a fixed seed ({@code -Dkinerja.seed=N} for others).
 */
class RatioOfSumsPropertyTest {

  private static final long SEED = Long.getLong("kinerja.seed", 20261126L);

  record Lead(LocalDate day, int amount, String kind) {}

  private static List<Lead> leads(SplittableRandom r) {
    List<Lead> leads = new ArrayList<>();
    int n = r.nextInt(1, 60);
    for (int i = 0; i < n; i++) {
      leads.add(new Lead(LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365)), r.nextInt(0, 1000),
          r.nextInt(3) == 0 ? "B" : "A"));
    }
    return leads;
  }

  private static final String HEAD = String.join("\n",
      "kinerja: 1",
      "id: rasio",
      "name: Rasio",
      "period: { grain: month, current: \"2025-01\" }",
      "scoring: { method: achievement }",
      "");

  private static final String INDICATOR = String.join("\n",
      "perspectives:",
      "  - id: p",
      "    name: P",
      "    indicators:",
      "      - { id: per_lead, name: Per lead, formula: won_amount / leads, target: \">= 1\" }",
      "");

  @Test
  void a_ratio_of_sums_over_a_year_is_the_same_from_raw_records_and_from_typed_in_months(@TempDir Path dir)
      throws IOException {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int i = 0; i < 15; i++) {
      long seed = seeds.nextLong();
      List<Lead> leads = leads(new SplittableRandom(seed));
      Path folder = Files.createDirectories(dir.resolve("case" + i));
      write(folder, leads);
      Period month = Period.containing(Grain.MONTH, leads.get(0).day());
      for (Period period : List.of(Period.parse("2025").orElseThrow(), month)) {
        double fromRecords = value(folder.resolve("records.yaml"), period);
        double typedIn = value(folder.resolve("typed.yaml"), period);
        assertThat(typedIn).as("case %s (seed %s), %s: %s", i, seed, period, leads)
            .isCloseTo(fromRecords, within(1e-9 * Math.max(1, Math.abs(fromRecords))));
      }
    }
  }

  private static void write(Path folder, List<Lead> leads) throws IOException {
    StringBuilder records = new StringBuilder("day,amount,kind\n");
    leads.forEach(l -> records.append(l.day()).append(',').append(l.amount()).append(',').append(l.kind()).append('\n'));
    Files.writeString(folder.resolve("leads.csv"), records);
    StringBuilder months = new StringBuilder("period,measure,value\n");
    for (Period m : Period.parse("2025").orElseThrow().split(Grain.MONTH)) {
      long won = leads.stream().filter(l -> m.contains(l.day()) && l.kind().equals("A")).mapToLong(Lead::amount).sum();
      long count = leads.stream().filter(l -> m.contains(l.day())).count();
      months.append(m.name()).append(",won_amount,").append(won).append('\n');
      months.append(m.name()).append(",leads,").append(count).append('\n');
    }
    Files.writeString(folder.resolve("measures.csv"), months);
    Files.writeString(folder.resolve("records.yaml"), HEAD + String.join("\n",
        "sources:",
        "  crm: { file: leads.csv }",
        "measures:",
        "  won_amount: { from: crm, sum: amount, time: day, where: \"kind = 'A'\" }",
        "  leads: { from: crm, count: \"*\", time: day }",
        "") + INDICATOR);
    Files.writeString(folder.resolve("typed.yaml"), HEAD + "data: { measures: measures.csv }\n" + INDICATOR);
  }

  private static double value(Path scorecard, Period period) {
    try (LoadedScorecard loaded = ScorecardLoader.load(scorecard)) {
      Value value = Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(period))
          .indicator("per_lead").orElseThrow().value();
      assertThat(value).as("%s for %s", scorecard.getFileName(), period).isInstanceOf(Value.Number.class);
      return ((Value.Number) value).value();
    }
  }
}
