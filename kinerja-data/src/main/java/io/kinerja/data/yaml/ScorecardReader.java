package io.kinerja.data.yaml;

import io.kinerja.core.catalogue.Catalogue;
import io.kinerja.core.catalogue.CatalogueEntry;
import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.FormulaException;
import io.kinerja.core.formula.Parser;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.MeasureDefinition;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Override;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.Scoring;
import io.kinerja.core.model.TargetSchedule;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.scoring.OmaxAnchors;
import io.kinerja.core.scoring.SnormRange;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;
import io.kinerja.core.target.TargetSyntaxException;
import io.kinerja.core.target.Targets;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.PriorityMethod;
import io.kinerja.data.csv.NumberStyle;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a scorecard file (format 1, DESIGN §4) into a {@link ScorecardDocument}. Every problem in the
 * file is collected with its line and column, unknown keys included, and all of them are thrown
 * together as one {@link InvalidInputException}.
 */
public final class ScorecardReader {

  /** The most text a scorecard file may hold, in code points (about 3 MB). */
  public static final int LARGEST_CODE_POINTS = 3 * 1024 * 1024;

  static final Pattern ID = Pattern.compile("[a-z0-9_-]+");
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Whether {@code text} can be a name in a formula (a measure, an indicator). */
  public static boolean isName(String text) {
    return NAME.matcher(text).matches();
  }

  private static final Set<String> TOP = Set.of("kinerja", "id", "name", "description", "language", "period",
      "scoring", "weights", "data", "sources", "measures", "perspectives", "engine", "segments");
  private static final Set<String> PERIOD = Set.of("grain", "current");
  private static final Set<String> SCORING = Set.of("method", "tolerance", "cap", "bands", "lower");
  private static final Set<String> DATA = Set.of("measures", "programs", "surveys");
  private static final Set<String> DATA_FILE = Set.of("file", "numbers", "scale");
  private static final Set<String> PERSPECTIVE = Set.of("id", "name", "description", "weight", "objectives",
      "indicators", "bands", "weights");
  private static final Set<String> AHP = Set.of("ahp", "method", "threshold", "exclude_inconsistent", "factors");
  private static final Set<String> OBJECTIVE = Set.of("id", "name", "description", "weight", "indicators",
      "causes");
  private static final Set<String> INDICATOR = Set.of("id", "name", "description", "formula", "unit", "target",
      "polarity", "weight", "score", "bands", "snorm", "omax", "use");
  private static final Set<String> OVERRIDE = Set.of("value", "note");
  private static final Set<String> BAND = Set.of("from", "to", "score", "label", "colour", "color");
  private static final Set<String> MEASURE = Set.of("name", "rollup", "unit", "from", "count", "count_distinct",
      "sum", "avg", "min", "max", "time", "where", "empty", "cascade");
  private static final Set<String> CASCADE = Set.of("indicator", "rollup", "weights", "formula");
  private static final Set<String> SOURCE = Set.of("file", "table", "format");

  private final String file;
  private final Problems problems = new Problems();
  private final Map<String, Location> indicatorIds = new HashMap<>();
  private Language language = Language.EN;
  private final Map<String, DerivedWeights> indicatorWeights = new LinkedHashMap<>();
  /** Each objective's {@code causes:} items as written, checked once every objective is known. */
  private final Map<String, List<YamlNode>> causes = new LinkedHashMap<>();

  private ScorecardReader(String file) {
    this.file = file;
  }

  /** Reads the scorecard file at {@code path}. */
  public static ScorecardDocument read(Path path) {
    String name = path.toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(Location.file(name), "file.not_found");
    } catch (MalformedInputException e) {
      throw InvalidInputException.of(Location.file(name), "yaml.not_utf8");
    } catch (IOException e) {
      throw InvalidInputException.of(Location.file(name), "file.unreadable", e.getMessage());
    }
    Path folder = path.toAbsolutePath().getParent();
    return new ScorecardReader(name).document(text, folder);
  }

  /** Reads a scorecard from text; relative data paths start at {@code folder}. */
  public static ScorecardDocument read(String name, String text, Path folder) {
    return new ScorecardReader(name).document(text, folder);
  }

  private ScorecardDocument document(String text, Path folder) {
    Node root = compose(text.startsWith("\uFEFF") ? text.substring(1) : text);
    YamlNode.Mapping top = new YamlNode(file, root, problems).mapping("the scorecard file");
    if (!new YamlNode(file, root, problems).isMapping()) {
      problems.throwIfErrors(); // every required key would be reported missing as well, which says nothing new
    }
    top.allowOnly("the scorecard", TOP);
    checkFormatVersion(top);
    String id = requiredId(top, "the scorecard");
    String name = top.require("name", "the scorecard").map(n -> n.string("name")).orElse(null);
    Language language = language(top);
    this.language = language;
    Grain grain = Grain.YEAR;
    Period current = null;
    Optional<YamlNode> period = top.require("period", "the scorecard");
    if (period.isPresent()) {
      YamlNode.Mapping p = period.get().mapping("period");
      p.allowOnly("period", PERIOD);
      grain = grain(p);
      current = current(p, grain);
    }
    Scoring scoring = scoring(top);
    Map<String, MeasureDefinition> measures = new LinkedHashMap<>();
    Map<String, Declaration> recordMeasures = new LinkedHashMap<>();
    Map<String, Cascade> cascades = new LinkedHashMap<>();
    top.get("measures").ifPresent(m -> measures(m, measures, recordMeasures, cascades));
    Map<String, Declaration> sources = new LinkedHashMap<>();
    top.get("sources").ifPresent(s -> sources(s, sources));
    YamlNode.Mapping data = top.get("data").map(d -> d.mapping("data")).orElse(null);
    if (data != null) {
      data.allowOnly("data", DATA);
    }
    DataFile measuresFile = dataFile(data, "measures");
    DataFile programmesFile = dataFile(data, "programs");
    DataFile surveysFile = dataFile(data, "surveys");
    DerivedWeights perspectiveWeights = top.get("weights").map(this::weights).orElse(null);
    EngineDeclaration engine = top.get("engine").map(EngineReader::read).orElse(null);
    top.get("segments").ifPresent(e -> e.error("yaml.not_supported_yet", "segments"));
    List<Perspective> perspectives = perspectives(top, scoring);
    problems.throwIfErrors();
    Scorecard scorecard = new Scorecard(id, name, language, grain, current, scoring, perspectives, measures, file);
    return new ScorecardDocument(scorecard, folder, measuresFile, programmesFile, surveysFile, sources,
        recordMeasures, perspectiveWeights, indicatorWeights, problems.all(), engine, cascades);
  }

  private Node compose(String text) {
    // The limits are set here, not trusted to the library's defaults: at most 50 aliases to collections
    // (a "billion laughs" document is refused before it expands) and 3 MB of text per scorecard.
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
        .setMaxAliasesForCollections(50).setCodePointLimit(LARGEST_CODE_POINTS).build();
    try {
      checkDepth(text, settings);
      return new Compose(settings).composeString(text).orElseThrow(
          () -> InvalidInputException.of(Location.file(file), "yaml.empty_file"));
    } catch (MarkedYamlEngineException e) {
      Location at = e.getProblemMark()
          .map(m -> Location.of(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.file(file));
      if (e.getContext() != null && e.getContextMark().isPresent()) {
        Mark opened = e.getContextMark().get();
        throw InvalidInputException.of(at, "yaml.syntax_in_context", e.getProblem(), e.getContext(),
            opened.getLine() + 1, opened.getColumn() + 1);
      }
      throw InvalidInputException.of(at, "yaml.syntax", e.getProblem());
    } catch (YamlEngineException e) {
      throw InvalidInputException.of(Location.file(file), "yaml.syntax", e.getMessage());
    }
  }

  /**
   * Refuses lists and mappings nested deeper than {@link #MAX_DEPTH}, where the nesting starts. The
   * composer recurses once per level and had no limit: 3,000 brackets ended in StackOverflowError. The
   * event parser keeps its own stack, so it counts the depth safely first.
   */
  private void checkDepth(String text, LoadSettings settings) {
    int depth = 0;
    for (Event event : new Parse(settings).parseString(text)) {
      if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
        Location at = event.getStartMark().map(m -> Location.of(file, m.getLine() + 1, m.getColumn() + 1))
            .orElse(Location.file(file));
        throw InvalidInputException.of(at, "yaml.too_deep", MAX_DEPTH);
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
  }

  /** Far deeper than any scorecard nests (perspective, objective, indicator, bands, band: about 8). */
  static final int MAX_DEPTH = 64;

  private void checkFormatVersion(YamlNode.Mapping top) {
    top.require("kinerja", "the scorecard (the format version: kinerja: 1)").ifPresent(v -> {
      String version = v.string("kinerja");
      if (version != null && !version.strip().equals("1")) {
        v.error("yaml.unknown_format_version", version);
      }
    });
  }

  private String requiredId(YamlNode.Mapping m, String what) {
    Optional<YamlNode> node = m.require("id", what);
    if (node.isEmpty()) {
      return null;
    }
    String id = node.get().string("id");
    if (id != null && !ID.matcher(id).matches()) {
      node.get().error("yaml.bad_id", id);
    }
    return id;
  }

  private Language language(YamlNode.Mapping top) {
    return top.get("language").map(node -> {
      String code = node.string("language");
      Language language = code == null ? null : Language.byCode(code.strip());
      if (code != null && language == null) {
        node.error("yaml.unknown_language", code);
      }
      return language == null ? Language.EN : language;
    }).orElse(Language.EN);
  }

  private Grain grain(YamlNode.Mapping p) {
    return p.require("grain", "period").map(node -> {
      String text = node.string("grain");
      Grain grain = text == null ? null : Grain.byName(text.strip());
      if (text != null && grain == null) {
        node.error("yaml.unknown_grain", text);
      }
      return grain == null ? Grain.YEAR : grain;
    }).orElse(Grain.YEAR);
  }

  private Period current(YamlNode.Mapping p, Grain grain) {
    return p.get("current").map(node -> {
      String text = node.string("current");
      Optional<Period> period = text == null ? Optional.empty() : Period.parse(text);
      if (text != null && period.isEmpty()) {
        node.error("yaml.bad_period", text);
      } else if (period.isPresent() && period.get().grain() != grain) {
        node.error("yaml.period_not_at_grain", text, grain.key());
      }
      return period.orElse(null);
    }).orElse(null);
  }

  private Scoring scoring(YamlNode.Mapping top) {
    Optional<YamlNode> node = top.get("scoring");
    if (node.isEmpty()) {
      return Scoring.mulyadi();
    }
    YamlNode.Mapping s = node.get().mapping("scoring");
    s.allowOnly("scoring", SCORING);
    Method method = s.get("method").map(m -> {
      String text = m.string("method");
      Method found = text == null ? null : Method.byName(text.strip());
      if (text != null && found == null) {
        m.error("yaml.unknown_method", text);
      }
      return found;
    }).orElse(Method.MULYADI);
    method = method == null ? Method.MULYADI : method;
    double tolerance = s.get("tolerance").map(t -> nonNegative(t, "tolerance")).orElse(0.0);
    double cap = s.get("cap").map(c -> positive(c, "cap")).orElse(1.0);
    Bands bands = s.get("bands").map(b -> bands(b, "scoring")).orElse(defaultBands(method));
    boolean byDifference = s.get("lower").map(l -> {
      String text = l.string("lower");
      if (text != null && !text.strip().equals("inverse") && !text.strip().equals("difference")) {
        l.error("yaml.unknown_lower_rule", text);
      }
      return "difference".equals(text == null ? null : text.strip());
    }).orElse(false);
    return new Scoring(method, tolerance, cap, byDifference, bands);
  }

  private static Bands defaultBands(Method method) {
    String preset = switch (method) {
      case MULYADI -> "mulyadi";
      case OMAX -> "traffic-light-omax";
      default -> "likert-5";
    };
    return Bands.preset(preset).orElseThrow();
  }

  private double nonNegative(YamlNode node, String what) {
    Double value = node.number(what);
    if (value != null && value < 0) {
      node.error("yaml.negative", what, value);
    }
    return value == null ? 0 : value;
  }

  private double positive(YamlNode node, String what) {
    Double value = node.number(what);
    if (value != null && value <= 0) {
      node.error("yaml.not_positive", what, value);
    }
    return value == null || value <= 0 ? 1 : value;
  }

  private Bands bands(YamlNode node, String owner) {
    if (node.isScalar()) {
      String name = node.text().strip();
      Optional<Bands> preset = Bands.preset(name);
      if (preset.isEmpty()) {
        node.error("yaml.unknown_bands_preset", name, String.join(", ", Bands.PRESETS));
        return null;
      }
      return preset.get();
    }
    List<Band> list = new ArrayList<>();
    List<YamlNode> items = node.items("bands");
    for (YamlNode item : items) {
      YamlNode.Mapping b = item.mapping("a band");
      b.allowOnly("a band", BAND);
      Double from = b.number("from").orElse(null);
      Double to = b.number("to").orElse(null);
      Double score = b.number("score").orElse(null);
      String label = b.string("label").orElse(null);
      if (label == null) {
        item.error("yaml.missing_key", "label", "a band");
      }
      String colour = b.string("colour").or(() -> b.string("color")).orElse(null);
      list.add(Band.halfOpen(from, to, score, Message.of("literal", label == null ? "" : label), colour));
    }
    Bands bands = new Bands(owner + " bands", list);
    for (Bands.Issue issue : bands.check()) {
      Location at = issue.band() < items.size() ? items.get(issue.band()).location() : node.location();
      problems.add(new Problem(Problem.Level.ERROR, at, issue.message()));
    }
    return bands;
  }

  /** {@code equal}, {@code explicit} (the {@code weight:} keys), or {@code { ahp: file.csv | [files], … }}. */
  private DerivedWeights weights(YamlNode node) {
    if (node.isScalar()) {
      String text = node.text().strip();
      if (!text.equals("equal") && !text.equals("explicit")) {
        node.error("yaml.weights_form", text);
      }
      return null;
    }
    YamlNode.Mapping m = node.mapping("weights");
    m.allowOnly("weights", AHP);
    if (m.has("factors")) {
      if (m.has("ahp")) {
        node.error("yaml.weights_ahp_and_factors");
      }
      String file = m.get("factors").map(f -> f.string("factors")).orElse(null);
      return file == null ? null : new DerivedWeights(DerivedWeights.Kind.FACTORS, List.of(file),
          PriorityMethod.EIGENVECTOR, Ahp.DEFAULT_THRESHOLD, false, m.get("factors").orElseThrow().location());
    }
    Optional<YamlNode> ahp = m.require("ahp", "weights");
    if (ahp.isEmpty()) {
      return null;
    }
    List<String> files = new ArrayList<>();
    if (ahp.get().isSequence()) {
      ahp.get().items("ahp").forEach(f -> files.add(f.string("ahp")));
    } else {
      files.add(ahp.get().string("ahp"));
    }
    PriorityMethod method = m.get("method").map(n -> {
      String text = n.string("method");
      Optional<PriorityMethod> found = text == null ? Optional.empty() : PriorityMethod.byCode(text.strip());
      if (text != null && found.isEmpty()) {
        n.error("yaml.unknown_priority_method", text);
      }
      return found.orElse(PriorityMethod.EIGENVECTOR);
    }).orElse(PriorityMethod.EIGENVECTOR);
    double threshold = m.get("threshold").map(t -> nonNegative(t, "threshold")).orElse(Ahp.DEFAULT_THRESHOLD);
    boolean exclude = m.get("exclude_inconsistent").map(e -> "true".equals(e.string("exclude_inconsistent")))
        .orElse(false);
    if (files.contains(null)) {
      return null;
    }
    return new DerivedWeights(DerivedWeights.Kind.AHP, files, method, threshold, exclude, ahp.get().location());
  }

  private void measures(YamlNode node, Map<String, MeasureDefinition> measures, Map<String, Declaration> records,
      Map<String, Cascade> cascades) {
    for (Map.Entry<String, YamlNode> e : node.mapping("measures").entries().entrySet()) {
      String name = e.getKey();
      YamlNode value = e.getValue();
      if (!NAME.matcher(name).matches()) {
        value.error("yaml.bad_measure_name", name);
      }
      YamlNode.Mapping m = value.mapping("measure " + name);
      m.allowOnly("measure " + name, MEASURE);
      Rollup rollup = m.get("rollup").map(r -> {
        String text = r.string("rollup");
        Rollup found = text == null ? null : Rollup.byName(text.strip());
        if (text != null && found == null) {
          r.error("yaml.unknown_rollup", text);
        }
        return found;
      }).orElse(Rollup.SUM);
      measures.put(name, new MeasureDefinition(name, m.string("name").orElse(name), rollup == null ? Rollup.SUM : rollup,
          m.string("unit").orElse(null), value.location()));
      if (m.has("from")) {
        records.put(name, declaration(name, m, value));
      }
      m.get("cascade").ifPresent(c -> {
        if (m.has("from")) {
          c.error("yaml.cascade_and_records", name);
        }
        Cascade cascade = cascade(name, c);
        if (cascade != null) {
          cascades.put(name, cascade);
        }
      });
    }
  }

  /** {@code cascade: { indicator: ID, rollup: sum | mean | weighted_mean, weights: {unit: w}, formula: "..." }}. */
  private Cascade cascade(String measure, YamlNode node) {
    YamlNode.Mapping m = node.mapping("cascade of " + measure);
    m.allowOnly("cascade of " + measure, CASCADE);
    String indicator = m.require("indicator", "cascade of " + measure).map(i -> i.string("indicator")).orElse(null);
    if (indicator != null && !NAME.matcher(indicator.strip()).matches()) {
      m.get("indicator").orElseThrow().error("yaml.indicator_id_not_a_name", indicator);
    }
    Cascade.Kind kind = m.get("rollup").map(r -> {
      String text = r.string("rollup");
      Cascade.Kind found = text == null ? null : Cascade.Kind.byKey(text.strip()).filter(k -> k != Cascade.Kind.FORMULA)
          .orElse(null);
      if (text != null && found == null) {
        r.error("yaml.cascade_unknown_rollup", text);
      }
      return found;
    }).orElse(null);
    Expr formula = null;
    String formulaText = m.string("formula").orElse(null);
    if (formulaText != null) {
      formula = formula(formulaText, m.get("formula").orElseThrow());
      if (m.has("rollup")) {
        m.get("formula").orElseThrow().error("yaml.cascade_rollup_and_formula", measure);
      }
      kind = Cascade.Kind.FORMULA;
    } else if (kind == null && !m.has("rollup")) {
      node.error("yaml.cascade_needs_rollup", measure);
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    Optional<YamlNode> w = m.get("weights");
    if (w.isPresent()) {
      if (kind != Cascade.Kind.WEIGHTED_MEAN) {
        w.get().error("yaml.cascade_weights_unused", measure);
      }
      for (Map.Entry<String, YamlNode> e : w.get().mapping("weights").entries().entrySet()) {
        Double weight = e.getValue().number("weight of " + e.getKey());
        if (weight != null && weight < 0) {
          e.getValue().error("yaml.negative", "weight of " + e.getKey(), weight);
        }
        weights.put(e.getKey(), weight == null ? 0 : weight);
      }
    } else if (kind == Cascade.Kind.WEIGHTED_MEAN) {
      node.error("yaml.cascade_needs_weights", measure);
    }
    if (indicator == null || kind == null) {
      return null;
    }
    return new Cascade(measure, indicator.strip(), kind, weights, formula, formulaText, node.location());
  }

  private void sources(YamlNode node, Map<String, Declaration> sources) {
    for (Map.Entry<String, YamlNode> e : node.mapping("sources").entries().entrySet()) {
      YamlNode.Mapping m = e.getValue().mapping("source " + e.getKey());
      m.allowOnly("source " + e.getKey(), SOURCE);
      if (!m.has("file") && !m.has("table")) {
        e.getValue().error("yaml.source_needs_file_or_table", e.getKey());
      }
      sources.put(e.getKey(), declaration(e.getKey(), m, e.getValue()));
    }
  }

  private Declaration declaration(String name, YamlNode.Mapping m, YamlNode at) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Location> where = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> f : m.entries().entrySet()) {
      if (f.getKey().equals("cascade")) {
        continue; // read on its own; with from: it is refused
      }
      String text = f.getValue().string(f.getKey());
      if (text != null) {
        fields.put(f.getKey(), text);
        where.put(f.getKey(), f.getValue().contentLocation());
      }
    }
    return new Declaration(name, fields, where, at.location());
  }

  private DataFile dataFile(YamlNode.Mapping data, String key) {
    if (data == null) {
      return null;
    }
    Optional<YamlNode> node = data.get(key);
    if (node.isEmpty()) {
      return null;
    }
    if (node.get().isScalar()) {
      return new DataFile(node.get().text().strip(), NumberStyle.PLAIN, null, null, node.get().location());
    }
    YamlNode.Mapping m = node.get().mapping("data." + key);
    m.allowOnly("data." + key, DATA_FILE);
    String path = m.require("file", "data." + key).map(f -> f.string("file")).orElse(null);
    NumberStyle numbers = m.get("numbers").map(n -> {
      String text = n.string("numbers");
      NumberStyle style = text == null ? null : NumberStyle.byName(text.strip());
      if (text != null && style == null) {
        n.error("yaml.unknown_number_style", text);
      }
      return style;
    }).orElse(NumberStyle.PLAIN);
    Double min = null;
    Double max = null;
    Optional<YamlNode> scale = m.get("scale");
    if (scale.isPresent()) {
      YamlNode.Mapping s = scale.get().mapping("scale");
      s.allowOnly("scale", Set.of("min", "max"));
      min = s.require("min", "scale").map(v -> v.number("min")).orElse(null);
      max = s.require("max", "scale").map(v -> v.number("max")).orElse(null);
      if (min != null && max != null && min >= max) {
        scale.get().error("yaml.scale_reversed", min, max);
      }
    }
    return path == null ? null : new DataFile(path.strip(), numbers == null ? NumberStyle.PLAIN : numbers, min, max,
        node.get().location());
  }

  private List<Perspective> perspectives(YamlNode.Mapping top, Scoring scoring) {
    List<Perspective> perspectives = new ArrayList<>();
    Map<String, Location> ids = new HashMap<>();
    Optional<YamlNode> list = top.require("perspectives", "the scorecard");
    if (list.isEmpty()) {
      return perspectives;
    }
    List<YamlNode> items = list.get().items("perspectives");
    if (items.isEmpty() && list.get().isSequence()) {
      list.get().error("yaml.no_perspectives");
    }
    for (YamlNode item : items) {
      YamlNode.Mapping p = item.mapping("a perspective");
      p.allowOnly("a perspective", PERSPECTIVE);
      String id = requiredId(p, "a perspective");
      unique(ids, id, p, "perspective");
      List<Objective> objectives = new ArrayList<>();
      p.get("objectives").ifPresent(o -> o.items("objectives").forEach(x -> objectives.add(objective(x, ids))));
      List<Indicator> indicators = indicators(p);
      if (listsNone(p, "objectives") && listsNone(p, "indicators")) {
        item.error("yaml.empty_perspective", id);
      }
      p.get("weights").map(this::weights).ifPresent(w -> indicatorWeights.put(id, w));
      perspectives.add(new Perspective(id, p.string("name").orElse(id), weight(p), objectives, indicators,
          p.get("bands").map(b -> bands(b, "perspective " + id)).orElse(null), item.location()));
    }
    checkCauses(perspectives);
    return perspectives;
  }

  /**
   * A cause must be another objective of the scorecard, and following causes must never lead back to
   * where it started: a strategy map reads from learning up to results, and a loop says nothing about
   * which drives which. Each cycle is reported once, at the cause that closes it, with its path.
   */
  private void checkCauses(List<Perspective> perspectives) {
    Map<String, Objective> objectives = new LinkedHashMap<>();
    perspectives.forEach(p -> p.objectives().forEach(o -> objectives.put(o.id(), o)));
    causes.forEach((from, items) -> {
      for (YamlNode item : items) {
        String to = item.text().strip();
        if (to.equals(from)) {
          item.error("yaml.cause_self", from);
        } else if (!objectives.containsKey(to)) {
          String hint = Suggest.closest(to, objectives.keySet());
          item.error(hint == null ? "yaml.unknown_cause" : "yaml.unknown_cause_hint", to, from, hint);
        }
      }
    });
    Map<String, Boolean> finished = new HashMap<>();
    for (String id : objectives.keySet()) {
      causeCycles(id, new ArrayList<>(), finished, objectives);
    }
  }

  private void causeCycles(String id, List<String> path, Map<String, Boolean> finished, Map<String, Objective> all) {
    Boolean state = finished.get(id);
    if (Boolean.TRUE.equals(state) || !all.containsKey(id)) {
      return;
    }
    if (Boolean.FALSE.equals(state)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      String last = path.get(path.size() - 1);
      causes.get(last).stream().filter(n -> n.text().strip().equals(id)).findFirst()
          .ifPresent(n -> n.error("yaml.cause_cycle", String.join(" -> ", cycle)));
      return;
    }
    finished.put(id, false);
    path.add(id);
    for (String next : all.get(id).causes()) {
      if (!next.equals(id)) {
        causeCycles(next, path, finished, all);
      }
    }
    path.remove(path.size() - 1);
    finished.put(id, true);
  }

  private Objective objective(YamlNode node, Map<String, Location> ids) {
    YamlNode.Mapping o = node.mapping("an objective");
    o.allowOnly("an objective", OBJECTIVE);
    String id = requiredId(o, "an objective");
    unique(ids, id, o, "objective");
    List<Indicator> indicators = indicators(o);
    if (listsNone(o, "indicators")) {
      node.error("yaml.empty_objective", id);
    }
    List<String> drives = new ArrayList<>();
    o.get("causes").ifPresent(list -> {
      List<YamlNode> items = new ArrayList<>();
      for (YamlNode item : list.items("causes")) {
        String cause = item.string("causes");
        if (cause != null) {
          drives.add(cause.strip());
          items.add(item);
        }
      }
      if (id != null) {
        causes.put(id, items);
      }
    });
    return new Objective(id, o.string("name").orElse(id), weight(o), indicators, drives, node.location());
  }

  private List<Indicator> indicators(YamlNode.Mapping owner) {
    List<Indicator> indicators = new ArrayList<>();
    owner.get("indicators").ifPresent(list -> list.items("indicators").forEach(i -> {
      Indicator indicator = indicator(i);
      if (indicator != null) {
        indicators.add(indicator);
      }
    }));
    return indicators;
  }

  /**
   * Whether {@code owner} lists nothing under {@code key} as written. An indicator that could not be
   * read is still listed: its own problem is reported, not an empty perspective as well.
   */
  private static boolean listsNone(YamlNode.Mapping owner, String key) {
    return owner.get(key).map(list -> list.isSequence() && list.items(key).isEmpty()).orElse(true);
  }

  private Indicator indicator(YamlNode node) {
    YamlNode.Mapping m = node.mapping("an indicator");
    m.allowOnly("an indicator", INDICATOR);
    CatalogueEntry entry = m.get("use").map(this::catalogueEntry).orElse(null);
    String id = entry != null && !m.has("id") ? entry.id() : requiredId(m, "an indicator");
    if (id != null && !NAME.matcher(id).matches()) {
      m.get("id").ifPresent(n -> n.error("yaml.indicator_id_not_a_name", id));
    }
    unique(indicatorIds, id, m, "indicator");
    Optional<YamlNode> formulaNode = entry != null ? m.get("formula") : m.require("formula", "indicator " + id);
    String formulaText = formulaNode.map(f -> f.string("formula")).orElse(entry == null ? null : entry.formula());
    Expr formula = formulaText == null ? null
        : formulaNode.isPresent() ? formula(formulaText, formulaNode.get()) : Parser.parse(formulaText);
    TargetSchedule target = m.get("target").map(t -> target(t, id)).orElse(null);
    Polarity polarity = m.get("polarity").map(this::polarity)
        .orElse(entry != null && target == null ? entry.polarity() : null);
    Override override = m.get("score").map(this::override).orElse(null);
    Bands bands = m.get("bands").map(b -> bands(b, "indicator " + id)).orElse(null);
    SnormRange snorm = m.get("snorm").map(this::snorm).orElse(null);
    OmaxAnchors omax = m.get("omax").map(this::omax).orElse(null);
    if (formula == null || id == null) {
      return null;
    }
    String name = m.string("name").orElse(entry != null ? entry.name(language) : id);
    String description = m.string("description").orElse(entry != null ? entry.description(language) : null);
    String unit = m.string("unit").orElse(entry != null ? entry.unit() : null);
    Location formulaAt = formulaNode.map(YamlNode::contentLocation)
        .orElse(m.get("use").map(YamlNode::contentLocation).orElse(node.location()));
    return new Indicator(id, name, description, formulaText, formula, unit, target, polarity, weight(m), override,
        bands, snorm, omax, m.get("id").map(YamlNode::location).orElse(node.location()), formulaAt);
  }

  private CatalogueEntry catalogueEntry(YamlNode node) {
    String id = node.string("use");
    if (id == null) {
      return null;
    }
    Optional<CatalogueEntry> entry = Catalogue.find(id.strip());
    if (entry.isEmpty()) {
      String hint = Suggest.closest(id.strip(), Catalogue.ids());
      node.error(hint == null ? "yaml.unknown_catalogue_entry" : "yaml.unknown_catalogue_entry_hint", id,
          hint == null ? "kinerja catalog" : hint);
    }
    return entry.orElse(null);
  }

  private Expr formula(String text, YamlNode node) {
    try {
      return Parser.parse(text);
    } catch (FormulaException e) {
      problems.add(new Problem(Problem.Level.ERROR, node.contentLocation().shifted(e.offset()), e.problem()));
      return null;
    }
  }

  private TargetSchedule target(YamlNode node, String indicator) {
    if (node.isScalar()) {
      Target target = targetText(node);
      return target == null ? null : TargetSchedule.always(target);
    }
    Map<String, Target> byPeriod = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : node.mapping("target of " + indicator).entries().entrySet()) {
      if (Period.parse(e.getKey()).isEmpty()) {
        e.getValue().error("yaml.bad_period", e.getKey());
        continue;
      }
      Target target = targetText(e.getValue());
      if (target != null) {
        byPeriod.put(Period.parse(e.getKey()).orElseThrow().name(), target);
      }
    }
    return byPeriod.isEmpty() ? null : new TargetSchedule(null, byPeriod);
  }

  private Target targetText(YamlNode node) {
    String text = node.string("target");
    if (text == null) {
      return null;
    }
    try {
      return Targets.parse(text);
    } catch (TargetSyntaxException e) {
      problems.add(new Problem(Problem.Level.ERROR, node.contentLocation().shifted(e.offset()), e.problem()));
      return null;
    }
  }

  private Polarity polarity(YamlNode node) {
    String text = node.string("polarity");
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase()) {
      case "higher" -> Polarity.HIGHER;
      case "lower" -> Polarity.LOWER;
      default -> {
        node.error("yaml.unknown_polarity", text);
        yield null;
      }
    };
  }

  private SnormRange snorm(YamlNode node) {
    YamlNode.Mapping m = node.mapping("snorm");
    m.allowOnly("snorm", Set.of("min", "max"));
    Double min = m.require("min", "snorm").map(v -> v.number("min")).orElse(null);
    Double max = m.require("max", "snorm").map(v -> v.number("max")).orElse(null);
    if (min == null || max == null) {
      return null;
    }
    if (min >= max) {
      node.error("yaml.snorm_reversed", min, max);
      return null;
    }
    return new SnormRange(min, max);
  }

  private OmaxAnchors omax(YamlNode node) {
    YamlNode.Mapping m = node.mapping("omax");
    m.allowOnly("omax", Set.of("worst", "baseline", "target"));
    Double worst = m.require("worst", "omax").map(v -> v.number("worst")).orElse(null);
    Double baseline = m.require("baseline", "omax").map(v -> v.number("baseline")).orElse(null);
    Double target = m.require("target", "omax").map(v -> v.number("target")).orElse(null);
    if (worst == null || baseline == null || target == null) {
      return null;
    }
    boolean rising = worst < baseline && baseline < target;
    boolean falling = worst > baseline && baseline > target;
    if (!rising && !falling) {
      node.error("yaml.omax_not_monotonic", worst, baseline, target);
      return null;
    }
    return new OmaxAnchors(worst, baseline, target);
  }

  private Override override(YamlNode node) {
    YamlNode.Mapping m = node.mapping("score (a manual override: {value, note})");
    m.allowOnly("score", OVERRIDE);
    Double value = m.require("value", "score").map(v -> v.number("value")).orElse(null);
    return value == null ? null : new Override(value, m.string("note").orElse(null));
  }

  private Double weight(YamlNode.Mapping m) {
    return m.get("weight").map(w -> {
      Double value = w.number("weight");
      if (value != null && value < 0) {
        w.error("yaml.negative", "weight", value);
      }
      return value;
    }).orElse(null);
  }

  private void unique(Map<String, Location> seen, String id, YamlNode.Mapping m, String what) {
    if (id == null) {
      return;
    }
    Location here = m.get("id").map(YamlNode::location).orElse(m.owner().location());
    Location before = seen.putIfAbsent(id, here);
    if (before != null) {
      problems.error(here, "yaml.duplicate_id", what, id, before.line());
    }
  }
}
