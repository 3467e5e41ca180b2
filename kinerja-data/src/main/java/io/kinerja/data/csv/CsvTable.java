package io.kinerja.data.csv;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV data file read whole: its header (column names, lower case) and its rows, each with the line
 * it starts on. Accepts a UTF-8 byte-order mark and a semicolon delimiter (as spreadsheets set to
 * Indonesian save CSV), and rejects an empty file, a file without rows, and duplicate column names.
 */
public final class CsvTable {

  /** One row: its line in the file and its cells by column. */
  public record Row(int line, List<String> cells) {}

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  public static CsvTable read(Path path, String shownAs) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(Location.file(shownAs), "file.not_found");
    } catch (MalformedInputException e) {
      throw InvalidInputException.of(Location.file(shownAs), "file.not_utf8");
    } catch (IOException e) {
      throw InvalidInputException.of(Location.file(shownAs), "file.unreadable", String.valueOf(e.getMessage()));
    }
    return parse(shownAs, text);
  }

  public static CsvTable parse(String file, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.isBlank()) {
      throw InvalidInputException.of(Location.file(file), "csv.empty_file");
    }
    char delimiter = delimiter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    List<String> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    LineCounter lines = new LineCounter(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(c -> cells.add(c.strip()));
        if (header.isEmpty()) {
          cells.forEach(c -> header.add(c.toLowerCase(Locale.ROOT)));
          continue;
        }
        rows.add(new Row(lines.lineAt(record.getCharacterPosition()), cells));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw malformed(file, e, "csv.malformed");
    }
    checkHeader(file, header);
    if (rows.isEmpty()) {
      throw InvalidInputException.of(Location.of(file, 1, 0), "csv.no_rows");
    }
    return new CsvTable(file, header, rows);
  }

  private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)");

  /**
   * The parser's complaint as a message for people: a quoted cell left open names its line; anything else
   * keeps the parser's own words, but never a Java class name.
   */
  public static InvalidInputException malformed(String file, Exception e, String key) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    java.util.regex.Matcher start = START_LINE.matcher(message);
    if (message.contains("EOF reached before encapsulated token finished") && start.find()) {
      return InvalidInputException.of(Location.of(file, Integer.parseInt(start.group(1)), 0), "csv.unclosed_quote");
    }
    return InvalidInputException.of(Location.file(file), key, message.replaceAll("(\\w+\\.)+\\w*(Exception|Error):\\s*", ""));
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
  }

  /** Counts lines up to a position, going forward only, so a whole file costs one pass. */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineAt(long target) {
      for (; position < target && position < text.length(); position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      // A record after blank lines starts, for commons-csv, where the blank lines start: step over them.
      for (; position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r'); position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  private static void checkHeader(String file, List<String> header) {
    Problems problems = new Problems();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).isEmpty()) {
        problems.error(Location.of(file, 1, 0), "csv.blank_column_name", i + 1);
      } else if (header.indexOf(header.get(i)) < i) {
        problems.error(Location.of(file, 1, 0), "csv.duplicate_column", header.get(i));
      }
    }
    problems.throwIfErrors();
  }

  public String file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean has(String column) {
    return header.contains(column);
  }

  /** Reports every column of {@code required} the header lacks, naming what it has. */
  public void require(Problems problems, List<String> required) {
    for (String column : required) {
      if (!has(column)) {
        problems.error(Location.of(file, 1, 0), "csv.missing_column", column, String.join(",", required),
            String.join(",", header));
      }
    }
  }

  /** The cell of {@code column} in {@code row} ("" when the row is short). */
  public String cell(Row row, String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= row.cells().size() ? "" : row.cells().get(i);
  }

  /** Reports a row with more cells than the header has columns. */
  public boolean checkWidth(Problems problems, Row row) {
    if (row.cells().size() > header.size()) {
      problems.error(Location.of(file, row.line(), 0), "csv.too_many_cells", row.cells().size(), header.size());
      return false;
    }
    return true;
  }

  public Location at(Row row, String column) {
    return Location.cell(file, row.line(), column);
  }

  /** The columns that are notes for people, kept with figures but never read as data. */
  public static final Set<String> NOTE_COLUMNS = Set.of("source", "note", "notes", "comment", "comments", "keterangan",
      "sumber", "catatan");
}
