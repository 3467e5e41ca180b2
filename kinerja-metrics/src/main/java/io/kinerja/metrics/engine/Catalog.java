package io.kinerja.metrics.engine;

import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.metrics.definition.SourceColumns;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.plan.Planner;
import io.kinerja.metrics.sql.FileFormat;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.sql.SqlQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources as the engine sees them: where each one's rows come from, and the columns it really has
 * (asked from the engine, so a CSV's types are the ones DuckDB detects). A source that cannot be read
 * is a problem, and is left out of both maps; so is a file on an engine that reads tables only, and a
 * table the engine does not have. An XLSX file is first read into a table of DuckDB's own database, and
 * the source's rows come from that table (on DuckDB only: no other engine has a database of Kinerja's).
 */
final class Catalog {

  final Map<String, From> froms = new LinkedHashMap<>();
  final Map<String, SourceColumns> columns = new LinkedHashMap<>();
  final Map<String, SourceDefinition> sources = new LinkedHashMap<>();

  static Catalog read(List<SourceDefinition> sources, Path baseDirectory, Connector connector, Problems problems) {
    Catalog catalog = new Catalog();
    for (SourceDefinition source : sources) {
      catalog.sources.put(source.name(), source);
      From from = locate(source, baseDirectory, connector, problems);
      if (from != null) {
        from = relation(source, from, connector, problems);
      }
      if (from != null) {
        SourceColumns cols = describe(source, from, connector, problems);
        if (cols != null) {
          catalog.froms.put(source.name(), from);
          catalog.columns.put(source.name(), cols);
        }
      }
    }
    return catalog;
  }

  private static From locate(SourceDefinition source, Path baseDirectory, Connector connector, Problems problems) {
    if (!source.isFile()) {
      return Planner.from(source, baseDirectory);
    }
    if (!connector.dialect().readsFiles()) {
      problems.error(source.location(), "engines.no_files", source.name(), source.file(), connector.kind());
      return null;
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
      return xlsx(source, path, connector, problems);
    }
    return from;
  }

  /** An XLSX sheet read into a table of the engine's own database (see {@link XlsxTable}). */
  private static From xlsx(SourceDefinition source, Path path, Connector connector, Problems problems) {
    if (!(connector instanceof JdbcConnector) || !connector.kind().equals("duckdb")) {
      problems.error(source.location(), "engines.xlsx_duckdb_only", source.name(), source.file(), connector.kind());
      return null;
    }
    String table = "xlsx_" + source.name();
    boolean loaded = XlsxTable.load(path, source.file(), source.name(), table,
        ((JdbcConnector) connector).connection(), problems);
    return loaded ? new From.TableRef(List.of(table)) : null;
  }

  private static From relation(SourceDefinition source, From from, Connector connector, Problems problems) {
    try {
      return connector.relation(source.name(), from);
    } catch (QueryException e) {
      problems.add(unreadable(source, e));
      return null;
    }
  }

  private static SourceColumns describe(SourceDefinition source, From from, Connector connector, Problems problems) {
    SqlQuery describe = connector.dialect().describe(from);
    try {
      Map<String, SourceColumns.Column> cols = new LinkedHashMap<>();
      connector.query(describe, row -> {
        String name = Values.text(row.get(1));
        String type = Values.text(row.get(2));
        cols.put(name, new SourceColumns.Column(name, connector.dialect().valueType(type), type));
      });
      if (cols.isEmpty()) {
        problems.error(source.location(), "engines.no_table", source.name(),
            source.isFile() ? source.file() : source.table(), connector.kind(),
            connector.address());
        return null;
      }
      return new SourceColumns(source.name(), cols);
    } catch (QueryException e) {
      problems.add(unreadable(source, e));
      return null;
    }
  }

  private static Problem unreadable(SourceDefinition source, QueryException e) {
    return Problem.error(source.location(), "metrics.unreadable_source", source.name(),
        source.isFile() ? source.file() : source.table(), e.getMessage());
  }
}
