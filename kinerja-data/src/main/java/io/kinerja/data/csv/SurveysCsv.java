package io.kinerja.data.csv;

import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.survey.Answers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads questionnaires, in either of two forms. Totals: {@code
 * period,survey,respondents,questions,scale_min,scale_max,total_score}. Raw answers: {@code
 * period,survey,respondent,…} with one column per question and the scale declared in the scorecard;
 * a blank answer is a question not answered, and an answer outside the scale is an error.
 */
public final class SurveysCsv {

  private static final List<String> TOTALS =
      List.of("period", "survey", "respondents", "questions", "scale_min", "scale_max", "total_score");
  private static final List<String> RAW = List.of("period", "survey", "respondent");
  /** An argument, not part of the message: braces in a message pattern would be read as placeholders. */
  private static final String SCALE_EXAMPLE = "{ file: ..., scale: { min: 1, max: 5 } }";

  private SurveysCsv() {}

  public static List<Answers> read(CsvTable table, NumberStyle numbers, Double scaleMin, Double scaleMax,
      Location declaredAt, Problems problems) {
    Problems here = new Problems();
    List<Answers> answers;
    if (table.has("total_score") || table.has("respondents")) {
      answers = totals(table, numbers, here);
    } else if (table.has("respondent")) {
      if (scaleMin == null || scaleMax == null) {
        problems.error(declaredAt, "csv.raw_survey_needs_scale", table.file(), SCALE_EXAMPLE);
        return List.of();
      }
      answers = raw(table, numbers, scaleMin, scaleMax, here);
    } else {
      here.error(Location.of(table.file(), 1, 0), "csv.unknown_survey_form", String.join(",", TOTALS),
          String.join(",", RAW), String.join(",", table.header()));
      answers = List.of();
    }
    if (!here.hasErrors()) {
      checkConsistent(answers, here);
    }
    problems.addAll(here.all());
    return answers;
  }

  private static List<Answers> totals(CsvTable table, NumberStyle numbers, Problems problems) {
    table.require(problems, TOTALS);
    if (problems.hasErrors()) {
      return List.of();
    }
    Cells cells = new Cells(table, problems, numbers);
    List<Answers> found = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (!table.checkWidth(problems, row)) {
        continue;
      }
      Period period = cells.period(row, "period");
      String survey = cells.text(row, "survey");
      Integer respondents = cells.whole(row, "respondents", 1);
      Integer questions = cells.whole(row, "questions", 1);
      Double min = cells.number(row, "scale_min");
      Double max = cells.number(row, "scale_max");
      Double total = cells.number(row, "total_score");
      if (period == null || survey == null || respondents == null || questions == null || min == null
          || max == null || total == null) {
        continue;
      }
      if (min >= max) {
        problems.error(table.at(row, "scale_max"), "csv.scale_reversed", min, max);
        continue;
      }
      long count = (long) respondents * questions;
      if (total < count * min || total > count * max) {
        problems.error(table.at(row, "total_score"), "csv.total_outside_scale", total, count * min, count * max);
        continue;
      }
      found.add(new Answers(period, survey, respondents, questions, min, max, total, count,
          new Origin(table.file(), row.line(), null)));
    }
    return found;
  }

  private static List<Answers> raw(CsvTable table, NumberStyle numbers, double min, double max, Problems problems) {
    List<String> questions = new ArrayList<>();
    for (String column : table.header()) {
      if (!RAW.contains(column) && !CsvTable.NOTE_COLUMNS.contains(column)) {
        questions.add(column);
      }
    }
    if (questions.isEmpty()) {
      problems.error(Location.of(table.file(), 1, 0), "csv.no_question_columns");
      return List.of();
    }
    Cells cells = new Cells(table, problems, numbers);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      if (!table.checkWidth(problems, row)) {
        continue;
      }
      Period period = cells.period(row, "period");
      String survey = cells.text(row, "survey");
      if (period == null || survey == null) {
        continue;
      }
      Tally tally = tallies.computeIfAbsent(period.name() + "|" + survey, k -> new Tally(period, survey, row.line()));
      tally.respondents++;
      for (String question : questions) {
        String text = table.cell(row, question);
        if (text.isEmpty()) {
          continue;
        }
        Double answer = numbers.parse(text);
        if (answer == null || answer != Math.rint(answer)) {
          problems.error(table.at(row, question), "csv.answer_not_a_point", text);
        } else if (answer < min || answer > max) {
          problems.error(table.at(row, question), "csv.answer_outside_scale", text, min, max);
        } else {
          tally.total += answer;
          tally.answers++;
        }
      }
    }
    List<Answers> found = new ArrayList<>();
    for (Tally t : tallies.values()) {
      if (t.answers == 0) {
        problems.error(Location.of(table.file(), t.line, 0), "csv.no_answers_given", t.survey, t.period.name());
        continue;
      }
      found.add(new Answers(t.period, t.survey, t.respondents, questions.size(), min, max, t.total, t.answers,
          new Origin(table.file(), t.line, null)));
    }
    return found;
  }

  /** Rows of one questionnaire that are combined must share the number of questions and the scale. */
  private static void checkConsistent(List<Answers> answers, Problems problems) {
    Map<String, Answers> first = new LinkedHashMap<>();
    for (Answers a : answers) {
      Answers f = first.putIfAbsent(a.questionnaire(), a);
      if (f != null && (f.questions() != a.questions() || f.scaleMin() != a.scaleMin() || f.scaleMax() != a.scaleMax())) {
        problems.error(Location.of(a.origin().file(), a.origin().line(), 0), "csv.survey_rows_differ",
            a.questionnaire(), f.origin().line());
      }
    }
  }

  private static final class Tally {
    final Period period;
    final String survey;
    final int line;
    int respondents;
    double total;
    long answers;

    Tally(Period period, String survey, int line) {
      this.period = period;
      this.survey = survey;
      this.line = line;
    }
  }
}
