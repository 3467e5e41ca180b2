package io.kinerja.core.evaluation;

import io.kinerja.core.formula.Value;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.period.Span;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.survey.Answers;
import io.kinerja.core.text.Message;
import java.util.List;

/**
 * One input of an indicator's formula as it was used: a measure, another indicator, a work-programme
 * category or a questionnaire, over which span, its value, how it was obtained and the rows it came from;
 * for a measure aggregated from raw records, the queries that computed it (SQL and bind parameters as
 * plain text).
 */
public record Input(
    Kind kind,
    String name,
    Span span,
    Value value,
    Message how,
    List<Observation> figures,
    List<Programme> programmes,
    List<Answers> answers,
    List<String> queries) {

  public enum Kind {
    MEASURE,
    INDICATOR,
    PROGRAMME,
    QUESTIONNAIRE
  }

  public Input {
    figures = List.copyOf(figures);
    programmes = List.copyOf(programmes);
    answers = List.copyOf(answers);
    queries = List.copyOf(queries);
  }

  public Input(Kind kind, String name, Span span, Value value, Message how, List<Observation> figures,
      List<Programme> programmes, List<Answers> answers) {
    this(kind, name, span, value, how, figures, programmes, answers, List.of());
  }
}
