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
import io.kinerja.core.text.Message;
import io.kinerja.data.json.JsonResult;
import io.kinerja.data.yaml.Cascade;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.questionnaires.Questionnaires;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.ReadCache;
import io.kinerja.server.store.Store;
import io.kinerja.server.values.Figures;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Results of stored scorecards, computed once per version of definition and data. */
public final class Results {

  /**
   * An answer and the versions of definition and data it was computed from, with its UTF-8 bytes and entity
   * tag made once: a cached answer is written as it is, never encoded again.
   */
  public record Answer(String json, int version, long dataVersion, byte[] body, String etag) {

    public static Answer of(String json, int version, long dataVersion) {
      return new Answer(json, version, dataVersion, json.getBytes(StandardCharsets.UTF_8),
          "\"" + version + "." + dataVersion + "." + Integer.toHexString(json.hashCode()) + "\"");
    }
  }

  /** Who asks for which scorecard: the allowed scorecard row is kept per caller. */
  private record Asked(User caller, String id) {}

  /** The allowed row and the versions its answers depend on. */
  private record Current(Library.Row row, String versions) {}

  /**
   * How long a scorecard's versions and the caller's right to it are trusted without asking the store:
   * any write in this server ends the trust at once (see {@link ReadCache}), a write by another server on
   * the same PostgreSQL is seen within this time.
   */
  static final long TRUSTED_MS = 1_000;

  /** A version with the figures of its data version (and its children's, where it cascades), ready to evaluate. */
  record Evaluable(Library.Prepared prepared, UnitData data, Observations figures, Set<Period> periods) {}

  private record FiguresAt(long dataVersion, Observations figures) {}

  private static final int MOST_ANSWERS = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Library library;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final ReadCache<Asked, Current> allowed;
  private final Map<String, String> versionsOf = new ConcurrentHashMap<>();
  private final Map<String, FiguresAt> figures = new ConcurrentHashMap<>();

  public Results(Store store, Library library) {
    this.store = store;
    this.library = library;
    this.allowed = new ReadCache<>(store, System::currentTimeMillis, TRUSTED_MS, 10_000);
  }

  /** DESIGN §7 for {@code period} (or a range A..B), and per value of {@code by} when given. */
  public Answer results(User caller, String id, String period, String by, Language language) {
    // The row, the caller's right to it and the versions of its children (where it cascades), in one read kept
    // until the next write: a cached answer then costs no query.
    Current current = allowed.get(new Asked(caller, id), c -> {
      Library.Row r = Scorecards.allowed(c, caller, id, Role.VIEWER);
      return new Current(r, r.version() + "|" + r.dataVersion() + childVersions(c, r));
    });
    Library.Row row = current.row();
    String versions = current.versions();
    String key = id + "|" + versions + "|" + period + "|" + by + "|" + (language == null ? "" : language.code());
    Answer answer = answers.get(key);
    if (answer == null) {
      forgetOlderThan(id, versions);
      answer = Answer.of(compute(row, period, by, language), row.version(), row.dataVersion());
      if (answers.size() >= MOST_ANSWERS) {
        answers.clear();
      }
      answers.put(key, answer);
    }
    return answer;
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

  /**
   * What a report of {@code period} (or a range A..B, or per value of {@code by}) is made from: the results
   * as the core computed them, and the language the scorecard is written in (when none is asked for).
   */
  public record Evaluated(List<ScorecardResult> results, boolean range, String dimension, ScorecardResult total,
      Language language) {}

  /** The results behind a report, for a caller who may see the scorecard (refused alike otherwise). */
  public Evaluated evaluated(User caller, String id, String period, String by) {
    Library.Row row = store.read(c -> Scorecards.allowed(c, caller, id, Role.VIEWER));
    return evaluate(evaluable(row), period, by);
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
    return Answer.of(explanation(results.json(), indicator, text), results.version(), results.dataVersion());
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
    Evaluated evaluated = evaluate(evaluable(row), period, by);
    Language chosen = language != null ? language : evaluated.language();
    StringWriter out = new StringWriter();
    if (evaluated.dimension() == null) {
      JsonResult.write(out, evaluated.results(), evaluated.range(), chosen);
    } else {
      JsonResult.segments(out, evaluated.dimension(), evaluated.results(), evaluated.total(), chosen);
    }
    return out.toString();
  }

  /** The results of {@code period} (or a range A..B), or per value of the segment dimension {@code by}. */
  private static Evaluated evaluate(Evaluable e, String period, String by) {
    Scorecard scorecard = e.prepared().document().scorecard();
    synchronized (e.prepared()) { // the raw-record engine of a version serves one evaluation at a time
      List<Span> spans = Periods.chosen(period, scorecard, e.periods());
      if (by == null || by.isBlank()) {
        List<ScorecardResult> results = new ArrayList<>();
        for (Span span : spans) {
          results.add(Evaluator.evaluate(scorecard, e.data(), span));
        }
        return new Evaluated(results, Periods.isRange(period), null, null, scorecard.language());
      }
      String dimension = by.strip();
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
      return new Evaluated(results, false, dimension, Evaluator.evaluate(scorecard, e.data(), spans.get(0)),
          scorecard.language());
    }
  }




  /**
   * For a scorecard that rolls up its child units' (a cascade), the versions of every scorecard below its
   * unit and the shape of the tree there: a change of any of them makes a new cache key, so a parent's
   * answer is never older than its children's data. Empty for the others.
   */
  private String childVersions(Connection c, Library.Row row) throws SQLException {
    if (library.prepared(c, row.id(), row.version()).document().cascades().isEmpty()) {
      return "";
    }
    return "|" + UnitTree.read(c).versionsBelow(row.unit());
  }

  /** The version's definition and files with the figures of the data version, as the core evaluates them. */
  private Evaluable evaluable(Library.Row row) {
    return store.read(c -> evaluable(c, row, List.of()));
  }

  private Evaluable evaluable(Connection c, Library.Row row, List<String> path) throws SQLException {
    Library.Prepared prepared = library.prepared(c, row.id(), row.version());
    FiguresAt at = figures.get(row.id());
    if (at == null || at.dataVersion() != row.dataVersion()) {
      at = new FiguresAt(row.dataVersion(), new Observations(Figures.observations(c, row.id())));
      figures.put(row.id(), at);
    }
    LoadedScorecard loaded = prepared.loaded();
    // The stored figures first, then what the version's own files give (its raw records), as the CLI does.
    List<MeasureSource> sources = new ArrayList<>(List.of(at.figures(), loaded.data().measures()));
    Set<Period> periods = new TreeSet<>(at.figures().periods());
    periods.addAll(loaded.periods());
    if (!prepared.document().cascades().isEmpty()) {
      Cascaded cascaded = cascaded(c, row, prepared, path);
      sources.add(0, cascaded); // a rolled-up measure is the children's, whatever figures were typed in
      periods.addAll(cascaded.periods());
    }
    // The survey file's answers and those of the scorecard's questionnaires, answered through their links.
    UnitData data = new UnitData(new CombinedMeasures(sources),
        Questionnaires.withResponses(c, row.id(), loaded.data().surveys()), loaded.data().programme());
    return new Evaluable(prepared, data, at.figures(), periods);
  }

  /** The children each cascade of the version rolls up, found in the unit tree as it is now. */
  private Cascaded cascaded(Connection c, Library.Row row, Library.Prepared prepared, List<String> path)
      throws SQLException {
    UnitTree tree = UnitTree.read(c);
    List<String> below = new ArrayList<>(path);
    below.add(row.id());
    Map<String, Cascaded.Plan> plans = new java.util.LinkedHashMap<>();
    for (Cascade cascade : prepared.document().cascades().values()) {
      List<Cascaded.Child> children = new ArrayList<>();
      Message refusal = contributors(c, tree, row.unit(), cascade.indicator(), below, children);
      if (refusal == null && children.isEmpty()) {
        refusal = Message.of("value.cascade_no_children", row.unit(), cascade.indicator());
      }
      plans.put(cascade.measure(), new Cascaded.Plan(cascade, refusal == null ? children : List.of(), refusal));
    }
    return new Cascaded(row.unit(), plans);
  }

  /**
   * The nearest scorecards below {@code unit} that define {@code indicator}: in each child unit the one
   * that does, or, where the child unit has none, those below it in turn. Two in one unit are ambiguous.
   */
  private Message contributors(Connection c, UnitTree tree, String unit, String indicator, List<String> path,
      List<Cascaded.Child> found) throws SQLException {
    for (String child : tree.childrenOf(unit)) {
      List<Library.Row> having = new ArrayList<>();
      for (Library.Row s : tree.scorecardsOf(child)) {
        if (library.prepared(c, s.id(), s.version()).document().scorecard().indicator(indicator).isPresent()) {
          having.add(s);
        }
      }
      if (having.size() > 1) {
        return Message.of("value.cascade_ambiguous", child, indicator,
            having.stream().map(Library.Row::id).collect(Collectors.joining(", ")));
      }
      if (having.isEmpty()) {
        Message refusal = contributors(c, tree, child, indicator, path, found);
        if (refusal != null) {
          return refusal;
        }
        continue;
      }
      Library.Row s = having.get(0);
      if (path.contains(s.id())) {
        return Message.of("value.cascade_cycle", path.get(0), s.id());
      }
      found.add(new Cascaded.Child(child, s.id(), evaluable(c, s, path)));
    }
    return null;
  }
}
