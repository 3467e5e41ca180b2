package io.kinerja.app.output;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.model.Method;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Messages;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Show;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The result as a terminal table: grouped by perspective, columns aligned, numbers in the language's
 * format, overridden scores marked, the final score and category at the bottom.
 */
public final class TableResult {

  private final PrintWriter out;
  private final Language language;

  private TableResult(PrintWriter out, Language language) {
    this.out = out;
    this.language = language;
  }

  public static void write(PrintWriter out, ScorecardResult result, Language language) {
    new TableResult(out, language).result(result);
  }

  /** Several periods side by side: one row per indicator and one column per period. */
  public static void trend(PrintWriter out, List<ScorecardResult> results, Language language) {
    new TableResult(out, language).trend(results);
  }

  /** One column per segment value and one for the whole unit: each indicator's value, and the overall score. */
  public static void segments(PrintWriter out, String dimension, List<ScorecardResult> results, ScorecardResult total,
      Language language) {
    List<ScorecardResult> all = new ArrayList<>(results);
    all.add(total);
    new TableResult(out, language).columns(all, r -> r == total ? Messages.text(language, "table.total")
        : r.segment().get(dimension), dimension + " · " + total.span().name());
  }

  private String label(String key) {
    return Messages.text(language, "table." + key);
  }

  private void result(ScorecardResult r) {
    out.println(r.scorecard().name());
    out.println(label("period") + ": " + r.span().name() + "   " + label("method") + ": "
        + Messages.text(language, "method." + r.method().key()));
    out.println();
    List<String[]> rows = new ArrayList<>();
    List<Integer> groupRows = new ArrayList<>();
    boolean anyOverride = false;
    for (GroupResult g : r.perspectives()) {
      groupRows.add(rows.size());
      rows.add(new String[] {g.name(), "", "", score(r.method(), g.aggregate()), text(g.category())});
      for (IndicatorResult i : r.indicatorsOf(g.id())) {
        anyOverride |= i.overridden();
        String score = Show.score(language, i.score()) + (i.overridden() ? "*" : "");
        rows.add(new String[] {"  " + i.indicator().name(), Show.value(language, i.value(), i.indicator().unit(), 2),
            i.target() == null ? "—" : Show.target(language, i.target()), score, text(i.category())});
      }
    }
    String[] header = {label("indicator"), label("actual"), label("target"), label("score"), label("category")};
    int[] widths = widths(header, rows);
    out.println(line(header, widths));
    out.println(rule(widths));
    for (int k = 0; k < rows.size(); k++) {
      if (groupRows.contains(k) && k > 0) {
        out.println();
      }
      out.println(line(rows.get(k), widths));
    }
    out.println(rule(widths));
    out.println(label("overall") + ": " + score(r.method(), r.overall()) + "   " + label("category") + ": "
        + text(r.category()) + (r.change() == null ? ""
            : "   " + label("index") + ": " + Numbers.format(language, r.change(), 2) + " %"));
    priorities(r);
    notes(r, anyOverride);
  }

  private void priorities(ScorecardResult r) {
    if (r.improvements().isEmpty()) {
      return;
    }
    out.println();
    out.println(label("priorities"));
    int rank = 0;
    for (var improvement : r.improvements().subList(0, Math.min(5, r.improvements().size()))) {
      IndicatorResult i = r.indicator(improvement.indicator()).orElseThrow();
      out.println("  " + ++rank + ". " + i.indicator().name() + "  (" + label("score").toLowerCase(language.locale())
          + " " + Show.score(language, i.score()) + ", " + label("gap") + " "
          + Numbers.format(language, improvement.gap(), 4) + ")");
    }
  }

  private void notes(ScorecardResult r, boolean anyOverride) {
    if (anyOverride) {
      out.println("* " + label("overridden"));
    }
    for (IndicatorResult i : r.indicators()) {
      if (i.score() == null && i.reason() != null) {
        out.println("— " + i.indicator().name() + ": " + i.reason().in(language));
      }
    }
    r.warnings().forEach(w -> out.println(w.describe(language)));
  }

  /** Mulyadi: total / balance criterion = final; weighted methods: the weighted mean. */
  private String score(Method method, Aggregate a) {
    if (a.fin() == null) {
      return "— (0/" + a.total() + ")";
    }
    String coverage = a.scored() < a.total() ? "  (" + a.scored() + "/" + a.total() + ")" : "";
    if (method == Method.MULYADI) {
      return Numbers.format(language, a.score(), 4) + " / " + Numbers.format(language, a.max(), 0) + " = "
          + Numbers.format(language, a.fin(), 4) + coverage;
    }
    return Numbers.format(language, a.fin(), 2) + coverage;
  }

  private String text(Message message) {
    return message == null ? "—" : message.in(language);
  }

  private void trend(List<ScorecardResult> results) {
    columns(results, r -> r.span().name(), null);
  }

  private void columns(List<ScorecardResult> results, java.util.function.Function<ScorecardResult, String> heading,
      String subtitle) {
    ScorecardResult first = results.get(0);
    out.println(first.scorecard().name());
    out.println((subtitle == null ? "" : subtitle + "   ") + label("method") + ": "
        + Messages.text(language, "method." + first.method().key()));
    out.println();
    List<String> header = new ArrayList<>(List.of(label("indicator")));
    results.forEach(r -> header.add(heading.apply(r)));
    List<String[]> rows = new ArrayList<>();
    for (IndicatorResult i : first.indicators()) {
      List<String> row = new ArrayList<>(List.of(i.indicator().name()));
      for (ScorecardResult r : results) {
        IndicatorResult same = r.indicator(i.id()).orElseThrow();
        row.add(Show.value(language, same.value(), i.indicator().unit(), 2) + " [" + Show.score(language, same.score()) + "]");
      }
      rows.add(row.toArray(new String[0]));
    }
    List<String> overall = new ArrayList<>(List.of(label("overall")));
    results.forEach(r -> overall.add(r.overall().fin() == null ? "—"
        : Numbers.format(language, r.overall().fin(), 4) + " " + text(r.category())));
    String[] head = header.toArray(new String[0]);
    rows.add(overall.toArray(new String[0]));
    int[] widths = widths(head, rows);
    out.println(line(head, widths));
    out.println(rule(widths));
    for (int k = 0; k < rows.size(); k++) {
      if (k == rows.size() - 1) {
        out.println(rule(widths));
      }
      out.println(line(rows.get(k), widths));
    }
  }

  private static int[] widths(String[] header, List<String[]> rows) {
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    return widths;
  }

  /** The first column left-aligned, numbers and the rest right-aligned but for the last, a word. */
  private static String line(String[] cells, int[] widths) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      boolean left = c == 0 || c == cells.length - 1 && cells.length == 5;
      String padding = " ".repeat(widths[c] - cell.length());
      out.append(c == 0 ? "" : "  ").append(left ? cell + padding : padding + cell);
    }
    return out.toString().stripTrailing();
  }

  private static String rule(int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    return "─".repeat(total + 2 * (widths.length - 1));
  }
}
