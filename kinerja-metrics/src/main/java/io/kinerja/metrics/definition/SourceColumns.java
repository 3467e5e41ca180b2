package io.kinerja.metrics.definition;

import io.kinerja.metrics.expression.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a source really has, in its order, as the engine reported them: each with its type in
 * the expression language and the engine's own name for it (for messages: "VARCHAR").
 */
public record SourceColumns(String source, Map<String, Column> columns) {

  public record Column(String name, ValueType type, String engineType) {}

  public SourceColumns {
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public Map<String, ValueType> types() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    columns.forEach((name, column) -> types.put(name, column.type()));
    return types;
  }
}
