package io.kinerja.core.explain;

import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.Input;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.Printer;
import io.kinerja.core.formula.Value;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.survey.Answers;
import io.kinerja.core.target.Target;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Show;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an indicator has its value and score, in words: the formula, the formula with its inputs' values
 * put in, each input with where it came from, the target rule, the score and the reason for it.
 */
public final class Explanation {

  private final ScorecardResult result;
  private final IndicatorResult indicator;
  private final Language language;

  private Explanation(ScorecardResult result, IndicatorResult indicator, Language language) {
    this.result = result;
    this.indicator = indicator;
    this.language = language;
  }

  public static String text(ScorecardResult result, IndicatorResult indicator, Language language) {
    return new Explanation(result, indicator, language).render();
  }

  private String label(String key) {
    return Messages.text(language, "explain." + key);
  }

  private String render() {
    List<String> lines = new ArrayList<>();
    String perspective = result.perspectives().stream().filter(p -> p.id().equals(indicator.perspective()))
        .findFirst().map(p -> p.name()).orElse(indicator.perspective());
    lines.add(indicator.indicator().name() + " (" + indicator.id() + ") — " + label("perspective") + " "
        + perspective + ", " + result.span().name());
    lines.add("");
    lines.add(label("formula") + "  " + indicator.indicator().formulaText());
    String substituted = substituted();
    if (!substituted.equals(indicator.indicator().formulaText())) {
      lines.add(pad(label("formula")) + "= " + substituted);
    }
    lines.add(pad(label("formula")) + "= " + shown(indicator.value()));
    if (indicator.value() instanceof Value.Missing m) {
      lines.add(label("no_value") + " " + m.reason().in(language));
    }
    lines.add("");
    lines.add(label("inputs"));
    for (Input input : indicator.inputs()) {
      inputLines(lines, input);
    }
    lines.add("");
    targetLines(lines);
    return String.join("\n", lines) + "\n";
  }

  private String pad(String word) {
    return " ".repeat(word.length() + 2);
  }

  private String shown(Value value) {
    return Show.value(language, value, indicator.indicator().unit(), 4);
  }

  /** The formula with each measure and indicator of the evaluated span replaced by its value. */
  private String substituted() {
    Map<String, Value> values = new LinkedHashMap<>();
    for (Input input : indicator.inputs()) {
      if (input.span().equals(result.span()) && input.kind() != Input.Kind.PROGRAMME
          && input.kind() != Input.Kind.QUESTIONNAIRE) {
        values.putIfAbsent(input.name(), input.value());
      }
    }
    return Substitution.print(indicator.indicator().formula(), values, language);
  }

  private void inputLines(List<String> lines, Input input) {
    String span = input.span().equals(result.span()) ? "" : " [" + input.span().name() + "]";
    String how = input.how() == null ? "" : " — " + input.how().in(language);
    String value = input.value() instanceof Value.Number n ? Numbers.format(language, n.value(), 4)
        : input.value() instanceof Value.Class c ? c.label() : "—";
    lines.add("  " + input.name() + span + " = " + value + how);
    if (input.value() instanceof Value.Missing m) {
      lines.add("      " + m.reason().in(language));
    }
    queryLines(lines, input);
    for (Observation o : input.figures()) {
      lines.add("      " + o.period().name() + segment(o) + ": " + Numbers.format(language, o.value(), 4) + "  ← "
          + o.origin());
    }
    for (Programme p : input.programmes()) {
      lines.add("      " + p.name() + ": " + Numbers.format(language, p.achieved(), 2) + " " + per(p.achievedPer().key())
          + " / " + Numbers.format(language, p.target(), 2) + " " + per(p.targetPer().key()) + " → "
          + Numbers.format(language, p.completion() * 100, 2) + " %  ← " + p.origin());
    }
    for (Answers a : input.answers()) {
      lines.add("      " + a.period().name() + ": " + Messages.render(language, io.kinerja.core.text.Message.of(
          "explain.answers", a.respondents(), a.questions(), Numbers.format(language, a.scaleMin(), 2),
          Numbers.format(language, a.scaleMax(), 2), Numbers.format(language, a.total(), 2))) + "  ← " + a.origin());
    }
    if (input.kind() == Input.Kind.QUESTIONNAIRE && result.questionnaires().containsKey(input.name())) {
      var likert = result.questionnaires().get(input.name());
      lines.add("      " + Messages.render(language, io.kinerja.core.text.Message.of("explain.likert",
          Numbers.format(language, likert.ikMin(), 2), Numbers.format(language, likert.ikMax(), 2),
          Numbers.format(language, likert.interval(), 4), Numbers.format(language, likert.total(), 2),
          likert.className(language))));
    }
  }

  /** The SQL that computed a measure from raw records, indented under the input, with its parameters. */
  private void queryLines(List<String> lines, Input input) {
    for (String query : input.queries()) {
      lines.add("      " + label("query"));
      query.lines().forEach(line -> lines.add("        " + line));
    }
  }

  private String per(String key) {
    return Messages.text(language, "per." + key);
  }

  private static String segment(Observation o) {
    return o.segment().isEmpty() ? "" : " " + o.segment();
  }

  private void targetLines(List<String> lines) {
    Target target = indicator.target();
    lines.add(label("target") + "  " + (target == null ? "—"
        : Show.target(language, target) + " (" + Messages.text(language, "polarity." + target.polarity().key()) + ")"));
    if (indicator.strictScore() != null || indicator.why() != null) {
      lines.add(label("rule") + "  " + (indicator.why() == null ? "—" : indicator.why().in(language)));
    }
    if (indicator.overridden()) {
      lines.add(label("score") + "  " + Show.score(language, indicator.score()) + " (" + label("override") + ": "
          + (indicator.indicator().override().note() == null ? "" : indicator.indicator().override().note()) + "; "
          + label("strict") + " " + Show.score(language, indicator.strictScore()) + ")");
    } else {
      lines.add(label("score") + "  " + Show.score(language, indicator.score()));
    }
    if (indicator.score() == null && indicator.reason() != null) {
      lines.add(label("no_score") + " " + indicator.reason().in(language));
    }
    lines.add(label("category") + "  " + (indicator.category() == null ? "—" : indicator.category().in(language)));
    for (int k = 0; k < result.improvements().size(); k++) {
      if (result.improvements().get(k).indicator().equals(indicator.id())) {
        lines.add(label("priority") + "  " + io.kinerja.core.text.Message.of("explain.priority_rank", k + 1,
            result.improvements().size(), Numbers.format(language, result.improvements().get(k).share() * 100, 2),
            Numbers.format(language, result.improvements().get(k).gap(), 4)).in(language));
      }
    }
  }

}
