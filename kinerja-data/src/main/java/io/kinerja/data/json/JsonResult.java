package io.kinerja.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.Improvement;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.formula.Value;
import io.kinerja.core.model.Method;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.scoring.Omax;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.weighting.AhpResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result as JSON (DESIGN §7): stable keys, values rounded to four decimals, whole scores as
 * integers, categories and reasons in the chosen language.
 */
public final class JsonResult {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator json;
  private final Language language;

  private JsonResult(JsonGenerator json, Language language) {
    this.json = json;
    this.language = language;
  }

  /** One result as an object, or (for a range of periods) an array of them, oldest first. */
  public static void write(Writer out, List<ScorecardResult> results, boolean asArray, Language language) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      JsonResult writer = new JsonResult(json, language);
      if (asArray) {
        json.writeStartArray();
        for (ScorecardResult r : results) {
          writer.result(r);
        }
        json.writeEndArray();
      } else {
        writer.result(results.get(0));
      }
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** DESIGN §7: {@code {"by", "segments": [{"segment", …result…}], "total": {…result…}}}. */
  public static void segments(Writer out, String dimension, List<ScorecardResult> results, ScorecardResult total,
      Language language) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      JsonResult writer = new JsonResult(json, language);
      json.writeStartObject();
      json.writeStringField("by", dimension);
      json.writeArrayFieldStart("segments");
      for (ScorecardResult r : results) {
        writer.result(r, r.segment().get(dimension));
      }
      json.writeEndArray();
      json.writeFieldName("total");
      writer.result(total);
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void result(ScorecardResult r) throws IOException {
    result(r, null);
  }

  private void result(ScorecardResult r, String segmentValue) throws IOException {
    json.writeStartObject();
    if (segmentValue != null) {
      json.writeStringField("segment", segmentValue);
    }
    json.writeStringField("scorecard", r.scorecard().id());
    json.writeStringField("name", r.scorecard().name());
    json.writeStringField("period", r.span().name());
    json.writeStringField("method", r.method().key());
    json.writeStringField("language", language.code());
    if (!r.segment().isEmpty() && segmentValue == null) {
      json.writeObjectFieldStart("segment");
      for (Map.Entry<String, String> e : new TreeMap<>(r.segment()).entrySet()) {
        json.writeStringField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    }
    json.writeArrayFieldStart("indicators");
    for (IndicatorResult i : r.indicators()) {
      indicator(i);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("perspectives");
    for (GroupResult g : r.perspectives()) {
      json.writeStartObject();
      json.writeStringField("id", g.id());
      json.writeStringField("name", g.name());
      aggregate(g.aggregate(), g.category());
      number("weight", g.weight());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("overall");
    aggregate(r.overall(), r.category());
    if (r.method() == Method.OMAX) {
      number("index", r.change());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("priorities");
    for (Improvement i : r.improvements()) {
      json.writeStartObject();
      json.writeStringField("id", i.indicator());
      number("share", i.share());
      number("gap", i.gap());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!r.scorecard().ahp().isEmpty()) {
      json.writeObjectFieldStart("ahp");
      for (Map.Entry<String, AhpResult> e : r.scorecard().ahp().entrySet()) {
        ahp(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    }
    for (Map.Entry<String, Likert> e : new TreeMap<>(r.questionnaires()).entrySet()) {
      questionnaire(e.getKey(), e.getValue());
    }
    if (!r.programmes().isEmpty()) {
      programmes(r.programmes());
    }
    warnings(r.warnings());
    json.writeEndObject();
  }

  private void indicator(IndicatorResult i) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", i.id());
    json.writeStringField("name", i.indicator().name());
    json.writeStringField("perspective", i.perspective());
    if (i.objective() != null) {
      json.writeStringField("objective", i.objective());
    }
    json.writeStringField("formula", i.indicator().formulaText());
    value("value", i.value());
    json.writeStringField("unit", i.indicator().unit());
    json.writeStringField("target", i.target() == null ? null : i.target().text());
    json.writeStringField("polarity", i.indicator().direction() == null ? null : i.indicator().direction().key());
    number("weight", i.indicator().weight());
    number("score", i.score());
    text("category", i.category());
    json.writeBooleanField("override", i.overridden());
    json.writeStringField("note", i.overridden() ? i.indicator().override().note() : null);
    if (i.overridden()) {
      number("strict_score", i.strictScore());
    }
    if (i.reason() != null) {
      text("reason", i.reason());
    }
    if (i.indicator().omax() != null) {
      json.writeArrayFieldStart("levels");
      for (double level : Omax.levels(i.indicator().omax())) {
        json.writeNumber(Numbers.round(level, 4));
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void aggregate(Aggregate a, Message category) throws IOException {
    Double score = a.fin() == null ? null : a.score();
    number("score", score);
    number("max", a.max());
    number("final", a.fin());
    text("category", category);
    json.writeNumberField("scored", a.scored());
    json.writeNumberField("indicators", a.total());
  }

  private void ahp(String scope, AhpResult a) throws IOException {
    json.writeObjectFieldStart(scope);
    json.writeStringField("method", a.method().code());
    json.writeNumberField("n", a.n());
    json.writeObjectFieldStart("weights");
    for (Map.Entry<String, Double> w : a.weights().entrySet()) {
      json.writeNumberField(w.getKey(), Numbers.round(w.getValue(), 6));
    }
    json.writeEndObject();
    json.writeNumberField("lambda_max", Numbers.round(a.lambdaMax(), 6));
    json.writeNumberField("ci", Numbers.round(a.ci(), 6));
    json.writeNumberField("cr", Numbers.round(a.cr(), 6));
    json.writeBooleanField("consistent", a.consistent());
    json.writeEndObject();
  }

  private void questionnaire(String id, Likert l) throws IOException {
    json.writeObjectFieldStart("survey_" + id);
    json.writeNumberField("respondents", l.respondents());
    json.writeNumberField("questions", l.questions());
    number("scale_min", l.scaleMin());
    number("scale_max", l.scaleMax());
    number("total", l.total());
    number("mean", l.mean());
    number("index", l.index());
    number("ik_max", l.ikMax());
    number("ik_min", l.ikMin());
    number("interval", l.interval());
    json.writeStringField("class", l.className(language));
    json.writeEndObject();
  }

  private void programmes(List<WorkProgramme.Completion> completions) throws IOException {
    json.writeArrayFieldStart("programmes");
    for (WorkProgramme.Completion c : completions) {
      json.writeStartObject();
      json.writeStringField("category", c.category());
      number("completion", c.percent());
      json.writeArrayFieldStart("programmes");
      for (Programme p : c.programmes()) {
        json.writeStartObject();
        json.writeStringField("name", p.name());
        number("target", p.target());
        json.writeStringField("target_per", p.targetPer().key());
        number("achieved", p.achieved());
        json.writeStringField("achieved_per", p.achievedPer().key());
        number("completion", p.completion() * 100);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void warnings(List<Problem> warnings) throws IOException {
    json.writeArrayFieldStart("warnings");
    for (Problem p : warnings) {
      json.writeString(p.describe(language));
    }
    json.writeEndArray();
  }

  private void value(String field, Value value) throws IOException {
    if (value instanceof Value.Number n) {
      number(field, n.value());
    } else if (value instanceof Value.Class c) {
      json.writeStringField(field, c.label());
    } else {
      json.writeNullField(field);
    }
  }

  private void text(String field, Message message) throws IOException {
    json.writeStringField(field, message == null ? null : message.in(language));
  }

  /** Whole numbers as integers; others rounded half-up to four decimals; null as null. */
  private void number(String field, Double x) throws IOException {
    if (x == null) {
      json.writeNullField(field);
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      json.writeNumberField(field, (long) x.doubleValue());
    } else {
      json.writeNumberField(field, Numbers.round(x, 4));
    }
  }
}
