package io.kinerja.server.ahp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.GroupJudgement;
import io.kinerja.core.weighting.MatrixLocations;
import io.kinerja.core.weighting.PairwiseMatrix;
import io.kinerja.core.weighting.Respondent;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.scorecards.Upload;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairwise comparisons of a scorecard's perspectives, or of one perspective's indicators, made by each
 * signed-in person for themselves; the group's judgement is the core's geometric mean of them all, and an
 * editor may apply it, which writes it as the AHP matrix file the scorecard's {@code weights: { ahp: … }}
 * names in a new version of the scorecard. Every number comes from kinerja-core: nothing is computed twice.
 */
public final class Judgements {

  /** The elements compared at a level, ids and names in the scorecard's order. */
  public record Level(String perspective, List<String> ids, List<String> names) {
    /** The level as stored: '' for the perspectives. */
    String key() {
      return perspective == null ? "" : perspective;
    }
  }

  /** A matrix's result with the judgement that strays furthest from the weights it gives. */
  public record Computed(AhpResult result, Worst worst) {}

  /** Pair (row, column) judged {@code judged} where the weights imply {@code implied} = wᵢ / wⱼ. */
  public record Worst(int row, int column, double judged, double implied) {}

  /** One person's saved matrix. */
  public record Saved(String username, List<String> elements, double[][] matrix, long updatedAt) {}

  /** What the page shows: the level, the caller's own matrix (or null), everyone's, and the group's result. */
  public record View(Level level, Saved mine, List<Saved> all, GroupJudgement group, Worst groupWorst) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Clock clock;
  private final Scorecards scorecards;

  public Judgements(Store store, Clock clock, Scorecards scorecards) {
    this.store = store;
    this.clock = clock;
    this.scorecards = scorecards;
  }

  /** Weights, λmax, CI and CR of a matrix by the core's standard method, and its most inconsistent judgement. */
  public static Computed compute(List<String> elements, double[][] values) {
    return compute(elements, values, "elements");
  }

  /** As {@link #compute(List, double[][])}; a problem with element k is placed at {@code elementsField[k]}. */
  static Computed compute(List<String> elements, double[][] values, String elementsField) {
    if (values.length != elements.size()) {
      throw InvalidInputException.of(Location.field("matrix"), "ahp.page.wrong_size", elements.size(), values.length);
    }
    PairwiseMatrix matrix = PairwiseMatrix.of(elements, values, fields(elementsField));
    AhpResult result = Ahp.standard().priorities(matrix);
    return new Computed(result, worst(matrix, result));
  }

  /** Problems are placed at {@code matrix[i][j]} and {@code elements[k]}, the request's own fields. */
  static MatrixLocations fields(String elementsField) {
    return new MatrixLocations() {
      @Override
      public Location element(int index) {
        return Location.field(elementsField + "[" + index + "]");
      }

      @Override
      public Location cell(int row, int column) {
        return Location.field("matrix[" + row + "][" + column + "]");
      }
    };
  }

  /** The pair (i &lt; j) whose judgement differs most, as a factor either way, from wᵢ / wⱼ; null for n &lt; 3. */
  static Worst worst(PairwiseMatrix matrix, AhpResult result) {
    List<Double> w = new ArrayList<>(result.weights().values());
    Worst worst = null;
    double largest = 1;
    for (int i = 0; i < w.size(); i++) {
      for (int j = i + 1; j < w.size(); j++) {
        double implied = w.get(i) / w.get(j);
        double judged = matrix.value(i, j);
        double factor = Math.max(judged / implied, implied / judged);
        if (factor > largest + 1e-9) {
          largest = factor;
          worst = new Worst(i, j, judged, implied);
        }
      }
    }
    return w.size() < 3 ? null : worst;
  }

  /** The elements of a level: the perspectives (null), or the indicators of one perspective. */
  public Level level(User caller, String scorecard, String perspective) {
    Scorecard sc = scorecards.version(caller, scorecard, null).document().scorecard();
    return level(sc, perspective);
  }

  static Level level(Scorecard sc, String perspective) {
    if (perspective == null) {
      return new Level(null, sc.perspectives().stream().map(Perspective::id).toList(),
          sc.perspectives().stream().map(Perspective::name).toList());
    }
    Perspective p = sc.perspectives().stream().filter(x -> x.id().equals(perspective)).findFirst()
        .orElseThrow(() -> InvalidInputException.of(Location.field("perspective"), "ahp.page.no_such_perspective",
            perspective, String.join(", ", sc.perspectives().stream().map(Perspective::id).toList())));
    return new Level(perspective, p.allIndicators().stream().map(Indicator::id).toList(),
        p.allIndicators().stream().map(Indicator::name).toList());
  }

  /** The caller's matrix, everyone's, and the group's judgement over those naming the level's current elements. */
  public View view(User caller, String scorecard, String perspective) {
    Level level = level(caller, scorecard, perspective);
    List<Saved> all = store.read(c -> Sql.list(c, "SELECT username, elements, matrix, updated_at FROM ahp_judgements"
        + " WHERE scorecard_id = ? AND level = ? ORDER BY username", r -> new Saved(r.getString(1),
            read(r.getString(2), new TypeReference<List<String>>() {}), read(r.getString(3), new TypeReference<double[][]>() {}),
            r.getLong(4)), scorecard, level.key()));
    // Judgements made before the scorecard's elements changed no longer fit: they are kept but not counted.
    List<Saved> current = all.stream().filter(s -> s.elements().equals(level.ids())).toList();
    Saved mine = current.stream().filter(s -> s.username().equals(caller.username())).findFirst().orElse(null);
    GroupJudgement group = null;
    Worst worst = null;
    if (!current.isEmpty()) {
      List<Respondent> respondents = current.stream()
          .map(s -> new Respondent(s.username(), PairwiseMatrix.of(s.elements(), s.matrix()))).toList();
      group = Ahp.standard().group(respondents, false);
      worst = worst(group.matrix(), group.result());
    }
    return new View(level, mine, current, group, worst);
  }

  /** Saves the caller's own matrix for the level (anyone who may see the scorecard may judge). */
  public Computed save(User caller, String scorecard, String perspective, double[][] values) {
    Level level = level(caller, scorecard, perspective);
    Computed computed = compute(level.ids(), values, "matrix");
    store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.VIEWER);
      long now = clock.millis();
      Sql.update(c, "DELETE FROM ahp_judgements WHERE scorecard_id = ? AND level = ? AND username = ?", scorecard,
          level.key(), caller.username());
      Sql.update(c, "INSERT INTO ahp_judgements (scorecard_id, level, username, elements, matrix, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)", scorecard, level.key(), caller.username(), write(level.ids()), write(values), now);
      Audit.record(c, now, caller.username(), "ahp.save", row.unit(), scorecard, levelName(level) + " CR "
          + computed.result().cr());
      return null;
    });
    return computed;
  }

  /**
   * Applies the group's judgement: its matrix becomes the level's AHP file in a new version of the
   * scorecard (checked and stored like any upload), so the dashboard weighs by it from then on.
   */
  public Library.Row apply(User caller, String scorecard, String perspective) {
    scorecards.get(caller, scorecard, Role.EDITOR);
    View view = view(caller, scorecard, perspective);
    if (view.group() == null) {
      throw InvalidInputException.of(Location.field("perspective"), "ahp.page.nothing_to_apply");
    }
    Library.Prepared current = scorecards.version(caller, scorecard, null);
    String file = perspective == null ? "ahp-perspectives.csv" : "ahp-" + perspective + ".csv";
    String yaml = AhpYaml.withAhpFile(current.yaml(), perspective, file);
    Upload upload = new Upload(current.fileName(), yaml, Map.of(file, csv(view.group().matrix())
        .getBytes(StandardCharsets.UTF_8)));
    Library.Row row = scorecards.update(caller, scorecard, upload);
    store.write(c -> {
      Audit.record(c, clock.millis(), caller.username(), "ahp.apply", row.unit(), scorecard, levelName(view.level())
          + " → version " + row.version() + " (" + view.all().size() + " respondents, CR " + view.group().result().cr() + ")");
      return null;
    });
    return row;
  }

  /** The matrix as {@code kinerja ahp} reads it: names in the first row and column, cells as decimals. */
  static String csv(PairwiseMatrix m) {
    StringBuilder out = new StringBuilder();
    for (String e : m.elements()) {
      out.append(',').append(e);
    }
    out.append('\n');
    for (int i = 0; i < m.size(); i++) {
      out.append(m.elements().get(i));
      for (int j = 0; j < m.size(); j++) {
        out.append(',').append(m.value(i, j));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String levelName(Level level) {
    return level.perspective() == null ? Scorecard.PERSPECTIVES : level.perspective();
  }

  /** Every problem of a would-be matrix for {@code elements}, placed at the request's fields. */
  public static List<Problem> check(List<String> elements, double[][] values) {
    return PairwiseMatrix.check(elements, values, fields("elements"));
  }

  static void throwIfAny(List<Problem> found) {
    Problems problems = new Problems();
    problems.addAll(found);
    problems.throwIfErrors();
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored judgement is not JSON", e);
    }
  }
}
