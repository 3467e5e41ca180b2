package io.kinerja.metrics.sql;

import java.util.List;

/** Where a query's rows come from: a file read by a table function, or a table of the database. */
public sealed interface From {

  <R> R accept(Visitor<R> visitor);

  interface Visitor<R> {
    R file(FileScan file);

    R table(TableRef table);
  }

  /** A file's records; {@code path} is absolute, and is sent as a bind parameter where the dialect can. */
  record FileScan(FileFormat format, String path) implements From {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.file(this);
    }
  }

  /** A table or view, by the parts of its qualified name ({@code crm.leads}: {@code [crm, leads]}). */
  record TableRef(List<String> parts) implements From {
    public TableRef {
      parts = List.copyOf(parts);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.table(this);
    }
  }
}
