package io.kinerja.server.scorecards;

import io.kinerja.core.evaluation.Validation;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.store.Store;
import io.kinerja.server.values.Figures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A draft of a scorecard's next version checked as the editor types it, and nothing stored: the YAML
 * read with the current version's data files beside it, then every formula checked against the measures
 * the scorecard knows (declared ones, its raw records, and the figures in the store), as a save would.
 */
public final class Drafts {

  /**
   * What a check found, errors and warnings, ordered by where they are in the draft, and the scorecard
   * as read (null when the file could not be read at all).
   */
  public record Checked(String fileName, List<Problem> problems, Scorecard scorecard) {
    public boolean ok() {
      return problems.stream().noneMatch(Problem::isError);
    }
  }

  private final Store store;

  public Drafts(Store store) {
    this.store = store;
  }

  /** Checks {@code yaml} as the next version of scorecard {@code id}; needs the editor's role. */
  public Checked check(User caller, String id, String yaml) {
    record Current(String fileName, Map<String, byte[]> files, List<Observation> figures) {}
    Current current = store.read(c -> {
      Library.Row row = Scorecards.allowed(c, caller, id, Role.EDITOR);
      String fileName = io.kinerja.server.store.Sql.one(c, "SELECT file_name FROM scorecard_versions WHERE scorecard_id = ?"
          + " AND version = ?", r -> r.getString(1), id, row.version()).orElse("scorecard.yaml");
      return new Current(fileName, Library.files(c, id, row.version()), Figures.observations(c, id));
    });
    Path folder = folder();
    try {
      write(folder, current.files());
      return checked(current.fileName(), yaml, folder, current.figures(), id);
    } finally {
      Library.deleteTree(folder);
    }
  }

  private static Checked checked(String fileName, String yaml, Path folder, List<Observation> figures, String id) {
    try {
      ScorecardDocument document = ScorecardReader.read(fileName, yaml, folder);
      List<Problem> problems = new ArrayList<>(document.warnings());
      if (!id.equals(document.scorecard().id())) {
        problems.add(new Problem(Problem.Level.ERROR, new Location(fileName, 0, 0, "id"),
            io.kinerja.core.text.Message.of("server.scorecard_id_differs", document.scorecard().id(), id)));
      }
      try (LoadedScorecard loaded = ScorecardLoader.load(document, figures)) {
        problems.addAll(Validation.check(loaded.scorecard(), loaded.data()));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      return new Checked(fileName, sorted(problems), document.scorecard());
    } catch (InvalidInputException e) {
      return new Checked(fileName, sorted(e.problems()), null);
    }
  }

  private static List<Problem> sorted(List<Problem> problems) {
    return problems.stream().sorted(Comparator.comparingInt((Problem p) -> p.location().line())
        .thenComparingInt(p -> p.location().column())).toList();
  }

  private static Path folder() {
    try {
      return Files.createTempDirectory("kinerja-draft.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path folder, Map<String, byte[]> files) {
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = folder.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
