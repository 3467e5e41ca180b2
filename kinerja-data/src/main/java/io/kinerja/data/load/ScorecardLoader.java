package io.kinerja.data.load;

import io.kinerja.core.measure.CombinedMeasures;
import io.kinerja.core.measure.MeasureSource;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.measure.Observations;
import io.kinerja.core.model.UnitData;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.survey.Answers;
import io.kinerja.core.survey.Surveys;
import io.kinerja.data.csv.CsvTable;
import io.kinerja.data.csv.MeasuresCsv;
import io.kinerja.data.csv.ProgrammesCsv;
import io.kinerja.data.csv.SurveysCsv;
import io.kinerja.data.yaml.DataFile;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.engine.SqlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a scorecard file and every data file it names, and sets up the engine over its raw records.
 * Problems in all the files are collected and thrown together; nothing is evaluated from a definition or
 * data with an error in it.
 */
public final class ScorecardLoader {

  private ScorecardLoader() {}

  public static LoadedScorecard load(Path scorecardFile) {
    return load(scorecardFile, List.of(), System.getenv());
  }

  /**
   * Loads a scorecard that will be evaluated per value of {@code dimensions} ({@code --by channel}):
   * the engine then computes its measures split by them first, and the whole unit's values from the
   * same pass where it can (see {@link SqlEngine#prepare}).
   */
  public static LoadedScorecard load(Path scorecardFile, List<String> dimensions) {
    return load(scorecardFile, dimensions, System.getenv());
  }

  /** Loads with {@code environment} standing for the process's environment (where credentials are read). */
  public static LoadedScorecard load(Path scorecardFile, Map<String, String> environment) {
    return load(scorecardFile, List.of(), environment);
  }

  public static LoadedScorecard load(Path scorecardFile, List<String> dimensions, Map<String, String> environment) {
    ScorecardDocument read = ScorecardReader.read(scorecardFile);
    Problems problems = new Problems();
    // Child units and their scorecards live in the server only: a file alone cannot roll them up.
    read.cascades().values().forEach(c -> problems.error(c.location(), "data.cascade_needs_server", c.measure()));
    ScorecardDocument document = withWeights(read, problems);
    List<Observation> observations = read(document, document.measures(), problems,
        table -> MeasuresCsv.read(table, document.measures().numbers(), problems));
    return load(document, observations, problems, dimensions, environment);
  }

  /**
   * Reads the data files a scorecard names (weights, work programme, questionnaires, raw records) but
   * takes its typed-in figures from {@code figures} instead of its measures file: the server keeps figures
   * in its store, with their history, and hands them over here. {@code read} is the document as {@link
   * ScorecardReader} gave it; the loaded one has its derived weights applied.
   */
  public static LoadedScorecard load(ScorecardDocument read, List<Observation> figures) {
    return load(read, figures, System.getenv(), null);
  }

  /**
   * As {@link #load(ScorecardDocument, List)}, with {@code environment} for the process's environment and
   * the engine's file credentials read from {@code secrets} (null: the files beside the scorecard).
   */
  public static LoadedScorecard load(ScorecardDocument read, List<Observation> figures, Map<String, String> environment,
      Path secrets) {
    Problems problems = new Problems();
    return load(withWeights(read, problems), figures, problems, List.of(), environment, secrets);
  }

  private static LoadedScorecard load(ScorecardDocument document, List<Observation> observations, Problems problems,
      List<String> dimensions, Map<String, String> environment) {
    return load(document, observations, problems, dimensions, environment, null);
  }

  private static LoadedScorecard load(ScorecardDocument document, List<Observation> observations, Problems problems,
      List<String> dimensions, Map<String, String> environment, Path secrets) {
    List<Programme> programmes = read(document, document.programmes(), problems,
        table -> ProgrammesCsv.read(table, document.programmes().numbers(), problems));
    List<Answers> answers = read(document, document.surveys(), problems,
        table -> SurveysCsv.read(table, document.surveys().numbers(), document.surveys().scaleMin(),
            document.surveys().scaleMax(), document.surveys().declaredAt(), problems));
    List<MetricDefinition> metrics = RecordMeasures.metrics(document, problems);
    Observations figures = new Observations(observations);
    for (MetricDefinition m : metrics) {
      if (figures.measures().contains(m.name())) {
        problems.error(m.location(), "yaml.measure_twice", m.name(), document.measures().path());
      }
    }
    problems.throwIfErrors();
    SqlEngine engine = metrics.isEmpty() ? null
        : new SqlEngine(Engines.open(document.engine(), document.folder(), environment, secrets),
            RecordMeasures.sources(document),
            metrics, document.folder());
    Set<Period> periods = new TreeSet<>(figures.periods());
    programmes.forEach(p -> periods.add(p.period()));
    answers.forEach(a -> periods.add(a.period()));
    List<MeasureSource> measures = new ArrayList<>(List.of(figures));
    if (engine != null) {
      if (!dimensions.isEmpty()) {
        engine.prepare(document.scorecard().grain(), dimensions);
      }
      measures.add(engine);
      periods.addAll(engine.periods(document.scorecard().grain()));
    }
    UnitData data = new UnitData(new CombinedMeasures(measures), new Surveys(answers), new WorkProgramme(programmes));
    List<Problem> warnings = new ArrayList<>(document.warnings());
    return new LoadedScorecard(document, data, figures, periods, warnings, engine);
  }

  private static ScorecardDocument withWeights(ScorecardDocument read, Problems problems) {
    io.kinerja.core.model.Scorecard weighted = AhpWeighting.apply(read, problems);
    List<Problem> warnings = new ArrayList<>(read.warnings());
    problems.all().stream().filter(p -> !p.isError()).forEach(warnings::add);
    return new ScorecardDocument(weighted, read.folder(), read.measures(), read.programmes(), read.surveys(),
        read.sources(), read.recordMeasures(), read.perspectiveWeights(), read.indicatorWeights(), warnings,
        read.engine(), read.cascades());
  }

  private static <T> List<T> read(ScorecardDocument document, DataFile file, Problems problems,
      Function<CsvTable, List<T>> reader) {
    if (file == null) {
      return List.of();
    }
    Path path = document.folder().resolve(file.path());
    if (!Files.isRegularFile(path)) {
      problems.error(file.declaredAt(), "file.data_not_found", file.path(), path.toString());
      return List.of();
    }
    try {
      return reader.apply(CsvTable.read(path, shown(path)));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return List.of();
    }
  }

  /** A data file's name as messages show it: relative to the working directory where that is shorter. */
  private static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }
}
