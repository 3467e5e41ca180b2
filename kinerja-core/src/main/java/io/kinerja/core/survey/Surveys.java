package io.kinerja.core.survey;

import io.kinerja.core.period.Span;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The questionnaires' answers of a scorecard, combined per questionnaire over a span of periods. */
public final class Surveys {

  private final List<Answers> answers;

  public Surveys(List<Answers> answers) {
    this.answers = List.copyOf(answers);
  }

  public static Surveys none() {
    return new Surveys(List.of());
  }

  /** Every period's answers of every questionnaire, as given. */
  public List<Answers> all() {
    return answers;
  }

  public Set<String> questionnaires() {
    Set<String> names = new TreeSet<>();
    answers.forEach(a -> names.add(a.questionnaire()));
    return names;
  }

  public List<Answers> answers(String questionnaire, Span span) {
    List<Answers> found = new ArrayList<>();
    for (Answers a : answers) {
      if (a.questionnaire().equals(questionnaire) && span.covers(a.period())) {
        found.add(a);
      }
    }
    return found;
  }

  /** The combined result, or a reason why there is none (no answers in the span). */
  public Result result(String questionnaire, Span span) {
    List<Answers> found = answers(questionnaire, span);
    if (found.isEmpty()) {
      return new Result(null, found, Message.of("value.no_answers", questionnaire, span.name()));
    }
    Answers first = found.get(0);
    int respondents = 0;
    double total = 0;
    long count = 0;
    for (Answers a : found) {
      respondents += a.respondents();
      total += a.total();
      count += a.answers();
    }
    Likert likert = new Likert(questionnaire, respondents, first.questions(), first.scaleMin(), first.scaleMax(), total, count);
    return new Result(likert, found, null);
  }

  /** A questionnaire's result with the rows it came from, or the reason it has none. */
  public record Result(Likert likert, List<Answers> rows, Message missingReason) {
    public Result {
      rows = List.copyOf(rows);
    }
  }
}
