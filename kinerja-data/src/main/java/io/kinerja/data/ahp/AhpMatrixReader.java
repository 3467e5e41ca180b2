package io.kinerja.data.ahp;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.weighting.MatrixLocations;
import io.kinerja.core.weighting.PairwiseMatrix;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a pairwise matrix from a CSV file whose first row and first column name the elements, in the
 * same order; the corner cell is free text:
 *
 * <pre>
 * ,Harga,Mutu,Layanan
 * Harga,1,3,5
 * Mutu,1/3,1,3
 * Layanan,0.2,0.33,1
 * </pre>
 *
 * <p>Cells are decimals or fractions ({@link Cells}). The separator is a comma unless the header row
 * uses semicolons or tabs instead, as spreadsheets set to Indonesian write them. Every problem (a bad
 * cell, a row of the wrong length or name, a missing row, and whatever {@link PairwiseMatrix#check}
 * finds) is collected and thrown together as {@link InvalidInputException}, each with file, line and
 * column name.
 */
public final class AhpMatrixReader {

  private AhpMatrixReader() {}

  /** The matrix in {@code file}; problems name the file as given. */
  public static PairwiseMatrix read(Path file) {
    return read(text(file), file.toString());
  }

  /** The matrix in {@code csv}, problems naming it {@code fileName}. */
  public static PairwiseMatrix read(String csv, String fileName) {
    return new Reading(fileName, records(csv, fileName)).matrix();
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(Location.file(file.toString()), "ahp.csv.not_found");
    } catch (IOException e) {
      throw InvalidInputException.of(
          Location.file(file.toString()), "ahp.csv.unreadable", String.valueOf(e.getMessage()));
    }
  }

  /** A row of the file with the line it starts on. */
  record Row(int line, List<String> cells) {}

  static List<Row> records(String csv, String fileName) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        int line = (int) parser.getCurrentLineNumber() - lineBreaksIn(cells);
        if (!withoutTrailingBlanks(cells, 0).isEmpty()) {
          rows.add(new Row(line, cells));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw io.kinerja.data.csv.CsvTable.malformed(fileName, e, "ahp.csv.unreadable");
    }
    return rows;
  }

  /** Semicolons or tabs when the first line uses them and no commas; otherwise commas. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (first.indexOf(',') < 0 && first.indexOf(';') >= 0) {
      return ';';
    }
    return first.indexOf(',') < 0 && first.indexOf('\t') >= 0 ? '\t' : ',';
  }

  /**
   * Spreadsheets export empty columns beyond the matrix as trailing separators ({@code a,1,2,,}); they
   * are not cells the user wrote, so blanks are dropped from the end down to {@code keep} cells. Blanks
   * within the matrix stay, to be reported as empty cells.
   */
  static List<String> withoutTrailingBlanks(List<String> cells, int keep) {
    int end = cells.size();
    while (end > keep && cells.get(end - 1).isBlank()) {
      end--;
    }
    return List.copyOf(cells.subList(0, end));
  }

  private static int lineBreaksIn(List<String> cells) {
    int breaks = 0;
    for (String cell : cells) {
      breaks += (int) cell.chars().filter(c -> c == '\n').count();
    }
    return breaks;
  }

  /** One pass over one file's rows, collecting every problem. */
  private static final class Reading {

    private final String file;
    private final List<Row> rows;
    private final Problems problems = new Problems();
    private final Set<Location> badCells = new HashSet<>();
    private List<String> names = List.of();
    private boolean shaped = true;

    Reading(String file, List<Row> rows) {
      this.file = file;
      this.rows = rows;
    }

    PairwiseMatrix matrix() {
      if (rows.isEmpty()) {
        throw InvalidInputException.of(Location.file(file), "ahp.csv.empty");
      }
      names = header(rows.get(0));
      if (names.isEmpty()) {
        throw InvalidInputException.of(Location.of(file, rows.get(0).line(), 0), "ahp.csv.no_elements");
      }
      if (rows.size() == 1) {
        throw InvalidInputException.of(Location.file(file), "ahp.csv.no_rows");
      }
      double[][] values = values();
      if (shaped) {
        problems.addAll(matrixProblems(values));
      }
      if (problems.hasErrors()) {
        throw new InvalidInputException(inFileOrder(problems.all()));
      }
      return PairwiseMatrix.of(names, values, locations());
    }

    /** Problems as a reader meets them: by line, then column; those about the whole file last. */
    private List<Problem> inFileOrder(List<Problem> found) {
      Comparator<Problem> byLine =
          Comparator.comparingInt(p -> p.location().line() == 0 ? Integer.MAX_VALUE : p.location().line());
      return found.stream()
          .sorted(byLine.thenComparingInt(p -> names.indexOf(p.location().field())))
          .toList();
    }

    private static List<String> header(Row row) {
      List<String> cells = withoutTrailingBlanks(row.cells(), 1);
      return cells.subList(1, cells.size()).stream().map(String::strip).toList();
    }

    private double[][] values() {
      int n = names.size();
      double[][] values = new double[n][];
      for (int k = 1; k < rows.size(); k++) {
        Row row = new Row(rows.get(k).line(), withoutTrailingBlanks(rows.get(k).cells(), n + 1));
        if (k > n) {
          problems.error(rowAt(row), "ahp.csv.too_many_rows", row.cells().get(0).strip(), n);
          shaped = false;
        } else {
          values[k - 1] = row(row, k - 1);
        }
      }
      if (rows.size() - 1 < n) {
        List<String> missing = names.subList(rows.size() - 1, n);
        problems.error(Location.file(file), "ahp.csv.too_few_rows", n, rows.size() - 1, String.join(", ", missing));
        shaped = false;
      }
      return values;
    }

    private double[] row(Row row, int index) {
      String name = row.cells().get(0).strip();
      if (!name.equals(names.get(index))) {
        problems.error(rowAt(row), "ahp.csv.row_name", name, names.get(index));
      }
      int count = row.cells().size() - 1;
      if (count != names.size()) {
        problems.error(rowAt(row), "ahp.csv.row_length", count, names.size());
        shaped = false;
        return new double[0];
      }
      double[] values = new double[count];
      for (int j = 0; j < count; j++) {
        values[j] = cell(row, j);
      }
      return values;
    }

    private double cell(Row row, int column) {
      String text = row.cells().get(column + 1);
      OptionalDouble value = Cells.parse(text);
      if (value.isPresent()) {
        return value.getAsDouble();
      }
      Location at = Location.cell(file, row.line(), names.get(column));
      badCells.add(at);
      problems.error(at, text.isBlank() ? "ahp.csv.empty_cell" : "ahp.csv.bad_cell", text.strip());
      return Double.NaN;
    }

    /** The core's checks, less those about cells already reported as unreadable. */
    private List<Problem> matrixProblems(double[][] values) {
      return PairwiseMatrix.check(names, values, locations()).stream()
          .filter(p -> !badCells.contains(p.location()))
          .toList();
    }

    private MatrixLocations locations() {
      return new MatrixLocations() {
        @Override
        public Location cell(int row, int column) {
          return Location.cell(file, rows.get(row + 1).line(), names.get(column));
        }

        @Override
        public Location element(int index) {
          return Location.cell(file, rows.get(0).line(), names.get(index));
        }
      };
    }

    private Location rowAt(Row row) {
      return Location.of(file, row.line(), 0);
    }
  }
}
