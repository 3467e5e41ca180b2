package io.kinerja.metrics.sql;

import java.util.Locale;

/** The file formats a source can be read from, known by the file's extension. */
public enum FileFormat {
  CSV,
  PARQUET,
  JSON,
  /** Read by POI into a table of the engine first: DuckDB reads it only through its excel extension, which is not available offline. */
  XLSX;

  /** The format of {@code fileName} by its extension, or {@code null} when none fits. */
  public static FileFormat byFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".csv.gz")) {
      return CSV;
    }
    if (name.endsWith(".parquet") || name.endsWith(".pq")) {
      return PARQUET;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON;
    }
    if (name.endsWith(".xlsx")) {
      return XLSX;
    }
    return null;
  }
}
