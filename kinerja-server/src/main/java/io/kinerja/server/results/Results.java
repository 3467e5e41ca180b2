package io.kinerja.server.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.explain.Explanation;
import io.kinerja.core.measure.CombinedMeasures;
import io.kinerja.core.measure.MeasureSource;
import io.kinerja.core.measure.Observations;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.UnitData;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.data.json.JsonResult;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.Store;
import io.kinerja.server.values.Figures;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Results of stored scorecards, computed once per version of definition and data. */
public final class Results {

  /** An answer and the versions of definition and data it was computed from. */
  public record Answer(String json, int version, long dataVersion) {}

  private record Evaluable(Library.Prepared prepared, UnitData data, Observations figures, Set<Period> periods) {}

  private record FiguresAt(long dataVersion, Observations figures) {}

  private static final int MOST_ANSWERS = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Library library;
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Map<String, String> versionsOf = new ConcurrentHashMap<>();
  private final Map<String, FiguresAt> figures = new ConcurrentHashMap<>();

  public Results(Store store, Library library) {
    this.store = store;
    this.library = library;
  }

  /** DESIGN §7 for {@code period} (or a range A..B), and per value of {@code by} when given. */
  public Answer results(User caller, String id, String period, String by, Language language) {
    Library.Row row = store.read(c -> Scorecards.allowed(c, caller, id, Role.VIEWER));
    String versions = row.version() + "|" + row.dataVersion();
    String key = id + "|" + versions + "|" + period + "|" + by + "|" + (language == null ? "" : language.code());
    String json = answers.get(key);
    if (json == null) {
      forgetOlderThan(id, versions);
      json = compute(row, period, by, language);
      if (answers.size() >= MOST_ANSWERS) {
        answers.clear();
      }
      answers.put(key, json);
    }
    return new Answer(json, row.version(), row.dataVersion());
  }

  /**
   * What the pages need to offer choices: the scorecard as defined, its periods with data (in order), the
   * segment dimensions of its typed-in figures and the text columns of its raw records, and whether it reads
   * raw records (any of whose columns may be asked for).
   */
  public record Outline(Scorecard scorecard, List<String> periods, Set<String> dimensions, boolean records) {}

  /** The outline of a scorecard the caller may see (as {@link #results}, refused alike otherwise). */
  public Outline outline(User caller, String id) {
    Library.Row row = store.read(c -> Scorecards.allowed(c, caller, id, Role.VIEWER));
    Evaluable e = evaluable(row);
    Set<String> dimensions = new TreeSet<>(e.figures().dimensions());
    dimensions.addAll(e.prepared().loaded().figures().dimensions());
    e.prepared().loaded().records().ifPresent(engine -> dimensions.addAll(engine.textColumns()));
    List<String> periods = e.periods().stream().map(Period::toString).collect(Collectors.toList());
    return new Outline(e.prepared().document().scorecard(), periods, dimensions,
        e.prepared().loaded().records().isPresent());
  }

  /** How an indicator got its value and score: the explanation's text, and its part of the results. */
  public Answer explain(User caller, String id, String indicator, String period, Language language) {
    if (Periods.isRange(period)) {
      throw InvalidInputException.of(Location.field("period"), "cli.explain_one_period", period);
    }
    Answer results = results(caller, id, period, null, language);
    Library.Row row = store.read(c -> Scorecards.allowed(c, caller, id, Role.VIEWER));
    Evaluable e = evaluable(row);
    Scorecard scorecard = e.prepared().document().scorecard();
    if (scorecard.indicator(indicator).isEmpty()) {
      String known = scorecard.indicators().stream().map(Indicator::id).collect(Collectors.joining(", "));
      throw InvalidInputException.of(Location.field("indicator"), "cli.unknown_indicator", indicator, known);
    }
    Language chosen = language != null ? language : scorecard.language();
    String text;
    synchronized (e.prepared()) {
      Span span = Periods.chosen(period, scorecard, e.periods()).get(0);
      ScorecardResult result = Evaluator.evaluate(scorecard, e.data(), span);
      IndicatorResult found = result.indicator(indicator).orElseThrow();
      text = Explanation.text(result, found, chosen);
    }
    return new Answer(explanation(results.json(), indicator, text), results.version(), results.dataVersion());
  }

  private static String explanation(String results, String indicator, String text) {
    try {
      JsonNode all = JSON.readTree(results);
      ObjectNode out = JSON.createObjectNode();
      out.put("scorecard", all.get("scorecard").asText());
      out.put("period", all.get("period").asText());
      out.put("indicator", indicator);
      out.put("text", text);
      for (JsonNode i : all.get("indicators")) {
        if (i.get("id").asText().equals(indicator)) {
          out.set("result", i);
        }
      }
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops the answers of a scorecard computed from versions that are no longer current. */
  private void forgetOlderThan(String id, String versions) {
    String before = versionsOf.put(id, versions);
    if (before != null && !before.equals(versions)) {
      answers.keySet().removeIf(k -> k.startsWith(id + "|") && !k.startsWith(id + "|" + versions + "|"));
    }
  }

  private String compute(Library.Row row, String period, String by, Language language) {
    Evaluable e = evaluable(row);
    Scorecard scorecard = e.prepared().document().scorecard();
    Language chosen = language != null ? language : scorecard.language();
    StringWriter out = new StringWriter();
    synchronized (e.prepared()) { // the raw-record engine of a version serves one evaluation at a time
      List<Span> spans = Periods.chosen(period, scorecard, e.periods());
      if (by == null || by.isBlank()) {
        List<ScorecardResult> results = new ArrayList<>();
        for (Span span : spans) {
          results.add(Evaluator.evaluate(scorecard, e.data(), span));
        }
        JsonResult.write(out, results, Periods.isRange(period), chosen);
      } else {
        segments(e, scorecard, spans, by.strip(), chosen, out);
      }
    }
    return out.toString();
  }

  private static void segments(Evaluable e, Scorecard scorecard, List<Span> spans, String dimension, Language language,
      StringWriter out) {
    if (spans.size() != 1) {
      throw InvalidInputException.of(Location.field("by"), "cli.by_one_period");
    }
    Set<String> values = new TreeSet<>(e.figures().segmentValues(dimension));
    values.addAll(e.prepared().loaded().segmentValues(dimension));
    if (values.isEmpty()) {
      throw InvalidInputException.of(Location.field("by"), "cli.unknown_dimension", dimension);
    }
    List<ScorecardResult> results = new ArrayList<>();
    for (String value : values) {
      results.add(Evaluator.evaluate(scorecard, e.data(), spans.get(0), Map.of(dimension, value)));
    }
    ScorecardResult total = Evaluator.evaluate(scorecard, e.data(), spans.get(0));
    JsonResult.segments(out, dimension, results, total, language);
  }

  /** The version's definition and files with the figures of the data version, as the core evaluates them. */
  private Evaluable evaluable(Library.Row row) {
    return store.read(c -> {
      Library.Prepared prepared = library.prepared(c, row.id(), row.version());
      FiguresAt at = figures.get(row.id());
      if (at == null || at.dataVersion() != row.dataVersion()) {
        at = new FiguresAt(row.dataVersion(), new Observations(Figures.observations(c, row.id())));
        figures.put(row.id(), at);
      }
      LoadedScorecard loaded = prepared.loaded();
      // The stored figures first, then what the version's own files give (its raw records), as the CLI does.
      List<MeasureSource> sources = List.of(at.figures(), loaded.data().measures());
      UnitData data = new UnitData(new CombinedMeasures(sources), loaded.data().surveys(), loaded.data().programme());
      Set<Period> periods = new TreeSet<>(at.figures().periods());
      periods.addAll(loaded.periods());
      return new Evaluable(prepared, data, at.figures(), periods);
    });
  }
}
