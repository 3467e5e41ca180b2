package io.kinerja.server.scorecards;

import io.kinerja.core.model.Indicator;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import io.kinerja.server.units.Units;
import io.kinerja.server.values.Entry;
import io.kinerja.server.values.Figures;
import io.kinerja.server.values.Imports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creating scorecards, new versions of them, and reading them back as far as the caller may see. */
public final class Scorecards {

  /** One version as listed: number, file name, who made it and when. */
  public record VersionInfo(int version, String fileName, String createdBy, long createdAt) {}

  /** An upload read and checked: the document, the figures of its measures file, the files to keep. */
  private record Checked(ScorecardDocument document, List<Entry> figures, Map<String, byte[]> files) {}

  private final Store store;
  private final Clock clock;
  private final Library library;
  private final Path staging;
  private final List<java.util.function.Consumer<String>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  public Scorecards(Store store, Clock clock, Library library, Path staging) {
    this.store = store;
    this.clock = clock;
    this.library = library;
    this.staging = staging;
  }

  /** Adds a listener (the alerts): told a scorecard's id once a new version of it has committed. */
  public void listen(java.util.function.Consumer<String> listener) {
    listeners.add(listener);
  }

  public List<Library.Row> list(User caller) {
    return store.read(c -> {
      Set<String> visible = Access.visibleUnits(c, caller);
      return Sql.list(c, "SELECT id, unit_id, name, version, data_version FROM scorecards"
          + " WHERE archived_at IS NULL ORDER BY id",
          r -> new Library.Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5))).stream()
          .filter(s -> visible == null || visible.contains(s.unit())).toList();
    });
  }

  /** The scorecard's row once the caller is known to hold {@code needed} on its unit. */
  public Library.Row get(User caller, String id, Role needed) {
    return store.read(c -> allowed(c, caller, id, needed));
  }

  /** A version read and ready (null: the current one). */
  public Library.Prepared version(User caller, String id, Integer version) {
    return store.read(c -> {
      Library.Row row = allowed(c, caller, id, Role.VIEWER);
      int v = version == null ? row.version() : version;
      if (v < 1 || v > row.version()) {
        throw Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_version", id, v, row.version());
      }
      return library.prepared(c, id, v);
    });
  }

  public List<VersionInfo> versions(User caller, String id) {
    return store.read(c -> {
      allowed(c, caller, id, Role.VIEWER);
      return Sql.list(c, "SELECT version, file_name, created_by, created_at FROM scorecard_versions"
          + " WHERE scorecard_id = ? ORDER BY version", r -> new VersionInfo(r.getInt(1), r.getString(2), r.getString(3),
          r.getLong(4)), id);
    });
  }

  /** A new scorecard of {@code unit}, version 1, with the figures of its measures file if one came along. */
  public Library.Row create(User caller, String unit, Upload upload) {
    return create(caller, unit, upload, upload.fileName());
  }

  /** As {@link #create(User, String, Upload)}, with what the audit log says it was made from. */
  public Library.Row create(User caller, String unit, Upload upload, String madeFrom) {
    store.read(c -> unitForEditing(c, caller, unit));
    Checked checked = check(upload, Map.of());
    String id = checked.document().scorecard().id();
    return store.write(c -> {
      unitForEditing(c, caller, unit);
      if (Library.row(c, id).isPresent() || Library.archived(c, id)) {
        throw Refused.of(Refused.Reason.CONFLICT, "server.scorecard_exists", id);
      }
      long now = clock.millis();
      Sql.update(c, "INSERT INTO scorecards (id, unit_id, name, version, data_version, created_at) VALUES (?, ?, ?, 1, 0, ?)",
          id, unit, checked.document().scorecard().name(), now);
      store(c, id, 1, upload, checked, caller, now);
      Audit.record(c, now, caller.username(), "scorecard.create", unit, id, madeFrom);
      return Library.row(c, id).orElseThrow();
    });
  }

  /**
   * A new version of scorecard {@code id}. Data files of the previous version that the new one still
   * names are kept unless uploaded again.
   */
  public Library.Row update(User caller, String id, Upload upload) {
    return update(caller, id, upload, "scorecard.version", "");
  }

  /**
   * A new name for the scorecard: the name lives in the YAML, so this is a new version whose file is the
   * current one with its top-level {@code name:} line replaced (everything else byte for byte the same).
   */
  public Library.Row rename(User caller, String id, String name) {
    Library.Row row = get(caller, id, Role.EDITOR);
    Library.Prepared current = store.read(c -> library.prepared(c, id, row.version()));
    Upload upload = new Upload(current.fileName(), FromTemplate.withName(current.yaml(), name), Map.of());
    return update(caller, id, upload, "scorecard.rename", ": " + row.name() + " → " + name);
  }

  /**
   * Deletes a scorecard by archiving it: it leaves every list and is refused like one that never was, while
   * its versions, figures, history of values and audit trail stay in the store (and its id stays taken).
   */
  public void archive(User caller, String id) {
    store.write(c -> {
      Library.Row row = allowed(c, caller, id, Role.EDITOR);
      long now = clock.millis();
      Sql.update(c, "UPDATE scorecards SET archived_at = ? WHERE id = ?", now, id);
      Audit.record(c, now, caller.username(), "scorecard.archive", row.unit(), id, row.name());
      return null;
    });
  }

  private Library.Row update(User caller, String id, Upload upload, String action, String detail) {
    Library.Row before = store.read(c -> allowed(c, caller, id, Role.EDITOR));
    Map<String, byte[]> inherited = store.read(c -> Library.files(c, id, before.version()));
    Checked checked = check(upload, inherited);
    if (!checked.document().scorecard().id().equals(id)) {
      throw InvalidInputException.of(new Location(upload.fileName(), 0, 0, "id"), "server.scorecard_id_differs",
          checked.document().scorecard().id(), id);
    }
    Library.Row updated = store.write(c -> {
      Library.Row row = allowed(c, caller, id, Role.EDITOR);
      int version = row.version() + 1;
      long now = clock.millis();
      Sql.update(c, "UPDATE scorecards SET version = ?, name = ? WHERE id = ?", version,
          checked.document().scorecard().name(), id);
      store(c, id, version, upload, checked, caller, now);
      Audit.record(c, now, caller.username(), action, row.unit(), id, "version " + version + detail);
      return Library.row(c, id).orElseThrow();
    });
    listeners.forEach(l -> l.accept(id));
    return updated;
  }

  private void store(Connection c, String id, int version, Upload upload, Checked checked, User caller, long now)
      throws SQLException {
    Sql.update(c, "INSERT INTO scorecard_versions (scorecard_id, version, file_name, yaml, created_by, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", id, version, upload.fileName(), upload.yaml(), caller.username(), now);
    for (Map.Entry<String, byte[]> f : checked.files().entrySet()) {
      Sql.update(c, "INSERT INTO scorecard_files (scorecard_id, version, path, content) VALUES (?, ?, ?, ?)", id, version,
          f.getKey(), f.getValue());
    }
    Figures.write(c, id, checked.figures(), caller.username(), "upload " + upload.fileName(), now);
  }

  /**
   * Reads the upload as the command line would read the folder: the YAML, every data file it names (each
   * must have come along, or be kept from the previous version), and a trial load of them all; every
   * problem is reported at once and nothing is stored unless all is well.
   */
  private Checked check(Upload upload, Map<String, byte[]> inherited) {
    Problems problems = new Problems();
    if (!Upload.isSafePath(upload.fileName())) {
      throw InvalidInputException.of(Location.field("name"), "server.bad_file_name", upload.fileName());
    }
    upload.files().keySet().stream().filter(n -> !Upload.isSafePath(n))
        .forEach(n -> problems.error(Location.file(n), "server.bad_file_name", n));
    problems.throwIfErrors();
    Path folder = stagingFolder();
    try {
      Map<String, byte[]> files = new LinkedHashMap<>(inherited);
      files.putAll(upload.files());
      write(folder, files);
      ScorecardDocument document = ScorecardReader.read(upload.fileName(), upload.yaml(), folder);
      Map<String, Location> named = Upload.named(document);
      String measures = document.measures() == null ? null : document.measures().path();
      named.forEach((path, at) -> {
        // The figures live in the store: a measures file is optional, and read only when it comes along.
        if (!files.containsKey(path) && !path.equals(measures)) {
          problems.error(at, "server.file_not_uploaded", path);
        }
      });
      upload.files().keySet().stream().filter(n -> !named.containsKey(n))
          .forEach(n -> problems.error(Location.file(n), "server.file_not_named", n, upload.fileName()));
      problems.throwIfErrors();
      List<Entry> figures = figures(document, files);
      try (LoadedScorecard trial = library.load(document)) {
        Set<String> indicators = Library.indicatorsWithoutFigures(document);
        // Loaded without figures, the trial's measures are those of its raw records; a cascade's are computed too.
        Set<String> computed = new java.util.HashSet<>(trial.data().measures().measures());
        computed.addAll(document.cascades().keySet());
        Figures.check(figures, computed, indicators);
        // Names in formulas may await figures in the store, but indicators that depend on themselves
        // never score: refuse them now rather than at every results request. An indicator that is its own
        // measure (formula: its id) reads figures, not itself.
        Set<String> ownMeasures = document.scorecard().indicators().stream().map(Indicator::id)
            .filter(i -> !indicators.contains(i)).map(i -> i + " -> " + i).collect(Collectors.toSet());
        io.kinerja.core.evaluation.Validation.check(document.scorecard(), trial.data()).stream()
            .filter(p -> p.isError() && p.message().key().equals("check.cycle"))
            .filter(p -> !ownMeasures.contains(String.valueOf(p.message().args().get(0)))).forEach(problems::add);
        problems.throwIfErrors();
      }
      Map<String, byte[]> kept = new LinkedHashMap<>();
      named.keySet().stream().filter(p -> document.measures() == null || !p.equals(document.measures().path()))
          .forEach(p -> kept.put(p, files.get(p)));
      return new Checked(document, figures, kept);
    } finally {
      Library.deleteTree(folder);
    }
  }

  private static List<Entry> figures(ScorecardDocument document, Map<String, byte[]> files) {
    if (document.measures() == null) {
      return List.of();
    }
    String path = document.measures().path();
    return files.containsKey(path) ? Imports.read(path, files.get(path), document.measures().numbers(),
        document.scorecard().grain()) : List.of();
  }

  private Path stagingFolder() {
    try {
      Files.createDirectories(staging);
      return Files.createTempDirectory(staging, "upload.");
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

  private static Units.Unit unitForEditing(Connection c, User caller, String unit) throws SQLException {
    Access.require(c, caller, unit, Role.EDITOR);
    return Units.find(c, unit).orElseThrow(() -> Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_unit", unit));
  }

  /**
   * The scorecard once the caller holds {@code needed} on its unit. One that does not exist is refused like
   * one the caller may not see, except to an organisation admin (who could list it anyway).
   */
  public static Library.Row allowed(Connection c, User caller, String id, Role needed) throws SQLException {
    Library.Row row = Library.row(c, id).orElseThrow(() -> caller.admin()
        ? Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_scorecard", id) : Refused.forbidden());
    Access.require(c, caller, row.unit(), needed);
    return row;
  }
}
