package io.kinerja.core.problem;

/**
 * Where a problem is: a file and, when known, a line and column (1-based) or a row and column name of a
 * data file. A location without a file names a command-line argument or an API field.
 */
public record Location(String file, int line, int column, String field) {

  public static final Location NOWHERE = new Location(null, 0, 0, null);

  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, null);
  }

  public static Location file(String file) {
    return new Location(file, 0, 0, null);
  }

  /** A cell of a data file: its line in the file and the column's name. */
  public static Location cell(String file, int line, String column) {
    return new Location(file, line, 0, column);
  }

  public static Location field(String field) {
    return new Location(null, 0, 0, field);
  }

  /** The location moved {@code offset} characters to the right, for a position inside a value. */
  public Location shifted(int offset) {
    return column == 0 ? this : new Location(file, line, column + offset, field);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (file != null) {
      out.append(file);
    }
    if (line > 0) {
      out.append(out.length() > 0 ? ":" : "line ").append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (field != null) {
      out.append(out.length() > 0 ? ", column " : "").append(field);
    }
    return out.toString();
  }
}
