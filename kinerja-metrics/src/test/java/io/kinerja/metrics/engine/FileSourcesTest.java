package io.kinerja.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Problem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same five deals ({@link Fixtures#DEALS_CSV}) as an XLSX sheet (typed cells: numbers, dates in a
 * date format, text) and as JSON give every measure exactly the values the CSV file gives.
 */
class FileSourcesTest {

  @TempDir Path dir;

  private static final List<String> MONTHS = List.of("2025-01", "2025-02", "2025-03");

  /** Every deal measure for every month, from an engine over {@code file}. */
  private List<String> values(String file) {
    List<String> values = new ArrayList<>();
    try (DuckDbEngine engine = new DuckDbEngine(List.of(Fixtures.source("deals", file)), Fixtures.dealMeasures(), dir)) {
      for (String measure : engine.measures().stream().sorted().toList()) {
        for (String month : MONTHS) {
          MeasureValue v = engine.value(measure, Period.parse(month).orElseThrow(), Map.of(), Rollup.SUM);
          values.add(measure + " " + month + " = " + (v.isMissing() ? "missing" : v.value()));
        }
      }
    }
    return values;
  }

  private List<String> csvValues() throws Exception {
    Fixtures.write(dir, "deals.csv", Fixtures.DEALS_CSV);
    return values("deals.csv");
  }

  /** The deals as a workbook: row 1 names the columns; times as Excel dates in a date format. */
  private void writeXlsx(String name, String sheetName, List<List<Object>> extraRows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      Sheet sheet = workbook.createSheet(sheetName);
      List<List<Object>> rows = new ArrayList<>();
      for (String line : Fixtures.DEALS_CSV.strip().split("\n")) {
        rows.add(parsed(line));
      }
      rows.addAll(extraRows);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value == null) {
            continue; // an empty cell, as a spreadsheet leaves it
          }
          Cell cell = row.createCell(c);
          if (value instanceof Double d) {
            cell.setCellValue(d);
          } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateStyle);
          } else {
            cell.setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
    }
  }

  /** A CSV line of the fixture as typed cells: numbers, date-times and text; empty is no cell. */
  private static List<Object> parsed(String line) {
    List<Object> cells = new ArrayList<>();
    for (String text : line.split(",", -1)) {
      if (text.isEmpty()) {
        cells.add(null);
      } else if (text.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")) {
        cells.add(LocalDateTime.parse(text.replace(' ', 'T')));
      } else if (text.matches("-?\\d+(\\.\\d+)?")) {
        cells.add(Double.parseDouble(text));
      } else {
        cells.add(text);
      }
    }
    return cells;
  }

  @Test
  void an_xlsx_sheet_gives_every_measure_the_values_of_the_same_records_in_csv() throws Exception {
    writeXlsx("deals.xlsx", "Deals", List.of());
    assertThat(values("deals.xlsx")).isEqualTo(csvValues()).hasSize(14 * 3);
  }

  @Test
  void a_text_cell_in_a_date_column_is_reported_with_its_sheet_row_and_column() throws Exception {
    writeXlsx("deals.xlsx", "Deals", List.of(List.of(6.0, LocalDateTime.parse("2025-03-20T09:00"), "ads", "WON",
        10.0, "soon")));
    List<Problem> problems = DuckDbEngine.validate(List.of(Fixtures.source("deals", "deals.xlsx")),
        Fixtures.dealMeasures(), dir);
    assertThat(problems).map(Problem::toString).containsExactly("deals.xlsx:7, column closed_at: error: sheet 'Deals', "
        + "cell F7 (column closed_at): the text 'soon', but the column holds dates (as from cell F2)");
  }

  @Test
  void a_number_in_a_text_column_is_kept_as_text_but_text_in_a_number_column_is_a_bad_cell() throws Exception {
    writeXlsx("deals.xlsx", "Deals", List.of(
        List.of(6.0, LocalDateTime.parse("2025-03-20T09:00"), 7.0, "WON", "ten")));
    List<Problem> problems = DuckDbEngine.validate(List.of(Fixtures.source("deals", "deals.xlsx")),
        Fixtures.dealMeasures(), dir);
    assertThat(problems).map(Problem::toString).containsExactly("deals.xlsx:7, column amount: error: sheet 'Deals', "
        + "cell E7 (column amount): the text 'ten', but the column holds numbers (as from cell E2)");
  }

  @Test
  void a_file_that_is_no_workbook_is_unreadable_and_names_the_source() throws Exception {
    Files.writeString(dir.resolve("deals.xlsx"), "id,amount\n1,2\n");
    List<Problem> problems = DuckDbEngine.validate(List.of(Fixtures.source("deals", "deals.xlsx")), List.of(), dir);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).startsWith("deals.xlsx: error: source 'deals': deals.xlsx cannot be read "
        + "as an XLSX workbook: ");
  }

  @Test
  void json_records_as_an_array_and_as_lines_give_the_values_of_the_same_records_in_csv() throws Exception {
    List<String> lines = new ArrayList<>();
    String[] header = Fixtures.DEALS_CSV.strip().split("\n")[0].split(",");
    for (String line : Fixtures.DEALS_CSV.strip().split("\n")) {
      if (line.startsWith("id,")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        String value = cells[i].isEmpty() ? "null" : cells[i].matches("-?\\d+(\\.\\d+)?") ? cells[i] : '"' + cells[i] + '"';
        fields.add('"' + header[i] + "\": " + value);
      }
      lines.add("{" + String.join(", ", fields) + "}");
    }
    Files.writeString(dir.resolve("deals.jsonl"), String.join("\n", lines) + "\n");
    Files.writeString(dir.resolve("deals.json"), "[\n" + String.join(",\n", lines) + "\n]\n");
    List<String> csv = csvValues();
    assertThat(values("deals.jsonl")).isEqualTo(csv);
    assertThat(values("deals.json")).isEqualTo(csv);
  }
}
