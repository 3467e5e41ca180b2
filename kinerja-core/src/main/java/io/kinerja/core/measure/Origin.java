package io.kinerja.core.measure;

/** Where a figure came from: a file and line, and the note the user left beside it. */
public record Origin(String file, int line, String note) {

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : file;
    return note == null || note.isBlank() ? where : where + " (" + note + ")";
  }
}
