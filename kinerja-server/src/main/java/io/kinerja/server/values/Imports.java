package io.kinerja.server.values;

import io.kinerja.core.measure.Observation;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.csv.CsvTable;
import io.kinerja.data.csv.MeasuresCsv;
import io.kinerja.data.csv.NumberStyle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an imported file into entries: CSV or XLSX (the first sheet), in the long form of DESIGN §4
 * ({@code period,measure,value[,segment…][,note]}) or the wide form (one row per measure, one column
 * per period: {@code measure,2012,2013,2014}). Every bad row and cell is reported at once.
 */
public final class Imports {

  private Imports() {}

  /** {@code grain}: the scorecard's, which a date in a spreadsheet's period cell is read at (null: its ISO day). */
  public static List<Entry> read(String fileName, byte[] content, NumberStyle numbers, Grain grain) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    Problems problems = new Problems();
    CsvTable table = isXlsx(name, content) ? XlsxSheet.read(name, content, grain, problems)
        : CsvTable.parse(name, utf8(name, content));
    List<Entry> entries = isLong(table) ? longForm(table, numbers, problems) : wideForm(table, numbers, problems);
    if (problems.hasErrors()) {
      throw new InvalidInputException(firstPerPlace(problems.all()));
    }
    return entries;
  }

  /** One problem per cell: a spreadsheet error in a cell is also "not a number", which says less. */
  private static List<Problem> firstPerPlace(List<Problem> problems) {
    Map<Location, Problem> first = new LinkedHashMap<>();
    problems.forEach(p -> first.putIfAbsent(p.location(), p));
    return new ArrayList<>(first.values());
  }

  private static boolean isXlsx(String name, byte[] content) {
    boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    return zip || name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static String utf8(String name, byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Location.file(name), "file.not_utf8");
    }
  }

  private static boolean isLong(CsvTable table) {
    return table.has("period") || table.has("value") || !table.has("measure");
  }

  private static List<Entry> longForm(CsvTable table, NumberStyle numbers, Problems problems) {
    List<Entry> entries = new ArrayList<>();
    for (Observation o : MeasuresCsv.read(table, numbers, problems)) {
      Location at = Location.of(table.file(), o.origin().line(), 0);
      entries.add(new Entry(o.period(), o.measure(), o.segment(), o.value(), o.origin().note(), at));
    }
    return entries;
  }

  /** {@code measure,P1,P2,…}: every other column is a period or a note. */
  private static List<Entry> wideForm(CsvTable table, NumberStyle numbers, Problems problems) {
    List<String> header = table.header();
    if (!header.get(0).equals("measure")) {
      problems.error(Location.of(table.file(), 1, 0), "server.import_form", String.join(",", header));
      return List.of();
    }
    List<String> periods = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String column : header.subList(1, header.size())) {
      if (CsvTable.NOTE_COLUMNS.contains(column)) {
        notes.add(column);
      } else if (Period.parse(column).isPresent()) {
        periods.add(column);
      } else {
        problems.error(Location.cell(table.file(), 1, column), "server.wide_bad_column", column);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (!table.checkWidth(problems, row)) {
        continue;
      }
      String measure = table.cell(row, "measure");
      if (measure.isEmpty()) {
        problems.error(table.at(row, "measure"), "csv.empty_cell");
        continue;
      }
      String note = notes.stream().map(n -> table.cell(row, n)).filter(s -> !s.isEmpty()).reduce((a, b) -> a + "; " + b)
          .orElse(null);
      for (String column : periods) {
        cell(table, row, column, numbers, problems).ifPresent(value -> entries.add(new Entry(
            Period.parse(column).orElseThrow(), measure, Map.of(), value, note, Location.of(table.file(), row.line(), 0))));
      }
    }
    return entries;
  }

  /** A wide form's cell: empty is no figure; anything else must be a number. */
  private static Optional<Double> cell(CsvTable table, CsvTable.Row row, String column, NumberStyle numbers,
      Problems problems) {
    String text = table.cell(row, column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Double value = numbers.parse(text);
    if (value == null) {
      NumberStyle other = numbers == NumberStyle.PLAIN ? NumberStyle.ID : NumberStyle.PLAIN;
      String key = other.parse(text) != null ? "csv.number_other_style" : "csv.not_a_number";
      problems.error(table.at(row, column), key, text, numbers.example());
    }
    return Optional.ofNullable(value);
  }
}
