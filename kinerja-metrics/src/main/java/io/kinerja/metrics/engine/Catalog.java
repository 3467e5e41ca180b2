package io.kinerja.metrics.engine;

import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.metrics.definition.SourceColumns;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.plan.Planner;
import io.kinerja.metrics.sql.Dialect;
import io.kinerja.metrics.sql.FileFormat;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.sql.SqlQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources as the engine sees them: where each one's rows come from, and the columns it really has
 * (asked from the engine, so a CSV's types are the ones DuckDB detects). A source that cannot be read
 * is a problem, and is left out of both maps. An XLSX file is first read into a table of the engine's
 * database, and the source's rows come from that table.
 */
final class Catalog {

  final Map<String, From> froms = new LinkedHashMap<>();
  final Map<String, SourceColumns> columns = new LinkedHashMap<>();
  final Map<String, SourceDefinition> sources = new LinkedHashMap<>();

  static Catalog read(List<SourceDefinition> sources, Path baseDirectory, Jdbc jdbc, Dialect dialect, Problems problems) {
    Catalog catalog = new Catalog();
    for (SourceDefinition source : sources) {
      catalog.sources.put(source.name(), source);
      From from = locate(source, baseDirectory, jdbc, problems);
      if (from != null) {
        SourceColumns cols = describe(source, from, jdbc, dialect, problems);
        if (cols != null) {
          catalog.froms.put(source.name(), from);
          catalog.columns.put(source.name(), cols);
        }
      }
    }
    return catalog;
  }

  private static From locate(SourceDefinition source, Path baseDirectory, Jdbc jdbc, Problems problems) {
    if (!source.isFile()) {
      return Planner.from(source, baseDirectory);
    }
    From from = Planner.from(source, baseDirectory);
    Path path = baseDirectory.resolve(source.file()).toAbsolutePath().normalize();
    if (from == null) {
      problems.error(source.location(), "metrics.unknown_format", source.name(), source.file());
      return null;
    }
    if (!Files.isRegularFile(path)) {
      problems.error(source.location(), "metrics.file_not_found", source.name(), source.file(), path.toString());
      return null;
    }
    if (((From.FileScan) from).format() == FileFormat.XLSX) {
      return xlsx(source, path, jdbc, problems);
    }
    return from;
  }

  /** An XLSX sheet read into a table of the engine's own database (see {@link XlsxTable}). */
  private static From xlsx(SourceDefinition source, Path path, Jdbc jdbc, Problems problems) {
    String table = "xlsx_" + source.name();
    boolean loaded = XlsxTable.load(path, source.file(), source.name(), table, jdbc.connection(), problems);
    return loaded ? new From.TableRef(List.of(table)) : null;
  }

  private static SourceColumns describe(
      SourceDefinition source, From from, Jdbc jdbc, Dialect dialect, Problems problems) {
    SqlQuery describe = dialect.describe(from);
    try {
      Map<String, SourceColumns.Column> cols = new LinkedHashMap<>();
      jdbc.query(describe, (ResultSet rs) -> {
        String name = rs.getString(1);
        String type = rs.getString(2);
        cols.put(name, new SourceColumns.Column(name, dialect.valueType(type), type));
      });
      return new SourceColumns(source.name(), cols);
    } catch (SQLException e) {
      problems.add(Problem.error(source.location(), "metrics.unreadable_source", source.name(),
          source.isFile() ? source.file() : source.table(), Jdbc.firstLine(e)));
      return null;
    }
  }
}
