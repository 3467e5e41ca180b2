package io.kinerja.metrics.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard's catalogue of columns, asked for one table: PostgreSQL and MariaDB spell it alike but
 * for quoting and the function naming the current schema. Names go as binds, never into the text.
 */
final class InformationSchema {

  private InformationSchema() {}

  static SqlQuery columns(From from, String currentSchema, String name, String type, String view, String schema,
      String table, String position) {
    List<String> parts = PostgresDialect.schemaAndTable(from);
    List<Object> params = new ArrayList<>();
    String inSchema;
    if (parts.get(0) == null) {
      inSchema = currentSchema;
    } else {
      inSchema = "?";
      params.add(parts.get(0));
    }
    params.add(parts.get(1));
    String sql = "SELECT " + name + ", " + type + "\nFROM " + view + "\nWHERE " + schema + " = " + inSchema + " AND "
        + table + " = ?\nORDER BY " + position;
    return new SqlQuery(sql, params);
  }
}
