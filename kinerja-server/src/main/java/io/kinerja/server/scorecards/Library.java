package io.kinerja.server.scorecards;

import io.kinerja.core.model.Indicator;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.data.yaml.EngineDeclaration;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import io.kinerja.server.store.Sql;
import io.kinerja.server.values.Definitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Versions of scorecards read and ready to evaluate, kept for the most recently used ones. A version is
 * immutable, so what is read once stays right: its files are laid out in {@code cache/ID/vN/} (the store
 * keeps the originals), its YAML read, its work programme and questionnaires read, and its raw records
 * put behind the DuckDB engine, which is closed when the version leaves the cache.
 */
public final class Library implements Definitions, AutoCloseable {

  /** A version read: the YAML as stored, the document (weights derived) and its data files other than the figures. */
  public record Prepared(String id, int version, String fileName, String yaml, ScorecardDocument document,
      LoadedScorecard loaded) {}

  /** A scorecard's row: where it lives and which versions of definition and data are current. */
  public record Row(String id, String unit, String name, int version, long dataVersion) {}

  private static final int KEPT = 32;

  private final Path cache;
  private final Path secrets;
  private final Map<String, Prepared> prepared = new LinkedHashMap<>(16, 0.75f, true);

  public Library(Path cache) {
    this(cache, null);
  }

  /**
   * {@code secrets}: the server's secrets file, where a raw-record engine's {@code { file:, key: }}
   * credentials are read (the store never holds one); null: there is none.
   */
  public Library(Path cache, Path secrets) {
    this.cache = cache;
    this.secrets = secrets;
  }

  /** A version's document loaded as the server loads it: credentials from its environment and secrets file. */
  LoadedScorecard load(ScorecardDocument document) {
    EngineDeclaration engine = document.engine();
    if (secrets == null && engine != null) {
      // A secrets file beside the scorecard would have to be uploaded, and so kept in the store: never.
      io.kinerja.core.problem.Problems problems = new io.kinerja.core.problem.Problems();
      for (EngineDeclaration.Secret s : java.util.Arrays.asList(engine.user(), engine.password())) {
        if (s != null && s.file() != null) {
          problems.error(s.location(), "server.no_secrets_file", s.key());
        }
      }
      problems.throwIfErrors();
    }
    return ScorecardLoader.load(document, List.of(), System.getenv(), secrets);
  }

  public static Optional<Row> row(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT id, unit_id, name, version, data_version FROM scorecards WHERE id = ? AND archived_at IS NULL",
        r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5)), id);
  }

  /** Whether {@code id} is a scorecard that was deleted (archived): its id stays taken. */
  public static boolean archived(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT 1 FROM scorecards WHERE id = ? AND archived_at IS NOT NULL", r -> 1, id).isPresent();
  }

  @Override
  public Optional<Current> current(Connection c, String scorecard) throws SQLException {
    Optional<Row> row = row(c, scorecard);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    ScorecardDocument document = prepared(c, scorecard, row.get().version()).document();
    Set<String> indicators = indicatorsWithoutFigures(document);
    // A measure rolled up from child units (cascade:) takes no typed-in figures, as one computed from records.
    Set<String> computed = new java.util.HashSet<>(document.recordMeasures().keySet());
    computed.addAll(document.cascades().keySet());
    return Optional.of(new Current(row.get().unit(), row.get().version(), row.get().dataVersion(), computed,
        indicators, document.scorecard().grain()));
  }

  /**
   * The indicators whose ids figures may not use. An indicator that is its own measure (the catalogue's
   * revenue, whose formula is revenue) is not among them: the formula reads that measure's figures.
   */
  static Set<String> indicatorsWithoutFigures(ScorecardDocument document) {
    return document.scorecard().indicators().stream()
        .filter(i -> i.formulaText() == null || !i.formulaText().strip().equals(i.id())).map(Indicator::id)
        .collect(Collectors.toSet());
  }

  /** The version, read from the store the first time it is asked for. */
  public Prepared prepared(Connection c, String id, int version) throws SQLException {
    String key = id + "@" + version;
    synchronized (prepared) {
      Prepared kept = prepared.get(key);
      if (kept != null) {
        return kept;
      }
    }
    Prepared read = read(c, id, version);
    synchronized (prepared) {
      Prepared kept = prepared.putIfAbsent(key, read);
      if (kept != null) {
        read.loaded().close();
        return kept;
      }
      evictBeyond(KEPT);
      return read;
    }
  }

  private Prepared read(Connection c, String id, int version) throws SQLException {
    String[] head = Sql.one(c, "SELECT file_name, yaml FROM scorecard_versions WHERE scorecard_id = ? AND version = ?",
        r -> new String[] {r.getString(1), r.getString(2)}, id, version).orElseThrow();
    Map<String, byte[]> files = files(c, id, version);
    Path folder = laidOut(id, version, files);
    LoadedScorecard loaded = load(ScorecardReader.read(head[0], head[1], folder));
    return new Prepared(id, version, head[0], head[1], loaded.document(), loaded); // weights derived, as loaded
  }

  static Map<String, byte[]> files(Connection c, String id, int version) throws SQLException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Object[] f : Sql.list(c, "SELECT path, content FROM scorecard_files WHERE scorecard_id = ? AND version = ?"
        + " ORDER BY path", r -> new Object[] {r.getString(1), r.getBytes(2)}, id, version)) {
      files.put((String) f[0], (byte[]) f[1]);
    }
    return files;
  }

  /** The version's folder, written whole through a temporary folder so that a crash leaves none half-written. */
  private Path laidOut(String id, int version, Map<String, byte[]> files) {
    Path folder = cache.resolve(id).resolve("v" + version);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    try {
      Files.createDirectories(folder.getParent());
      Path temporary = Files.createTempDirectory(folder.getParent(), "v" + version + ".");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = temporary.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
      try {
        Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        deleteTree(temporary); // another request laid it out first
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void evictBeyond(int kept) {
    var it = prepared.entrySet().iterator();
    while (prepared.size() > kept && it.hasNext()) {
      it.next().getValue().loaded().close();
      it.remove();
    }
  }

  @Override
  public void close() {
    synchronized (prepared) {
      evictBeyond(0);
    }
  }
}
