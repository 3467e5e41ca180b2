package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw records through the command line: a small funnel scorecard over a CRM export, scored and
 * explained, and broken one place at a time. Each break is exit 2, nothing on stdout, and a message
 * that names the source and the column.
 */
class RawRecordsCliTest {

  static final String SCORECARD = String.join("\n",
      "kinerja: 1",
      "id: funnel-kecil",
      "name: Small funnel",
      "language: en",
      "period: { grain: month, current: \"2025-02\" }",
      "scoring: { method: achievement }",
      "sources:",
      "  leads: { file: leads.csv }",
      "measures:",
      "  leads:   { from: leads, count: \"*\", time: created_at }",
      "  won:     { from: leads, count: \"*\", time: closed_at, where: \"stage = 'WON'\" }",
      "  revenue: { from: leads, sum: deal_value, time: closed_at, where: \"stage = 'WON'\" }",
      "perspectives:",
      "  - id: sales",
      "    name: Sales",
      "    indicators:",
      "      - { id: win_share, name: Won per lead, formula: won / leads * 100, unit: \"%\", target: \">= 10\" }",
      "      - { id: revenue, name: Revenue, formula: revenue, unit: IDR, target: \">= 100\" }") + "\n";

  static final String LEADS = String.join("\n",
      "lead_id,created_at,channel,stage,closed_at,deal_value",
      "1,2025-01-03T10:00:00,email,WON,2025-02-10T09:00:00,120",
      "2,2025-01-20T11:00:00,ads,LOST,2025-02-11T09:00:00,",
      "3,2025-02-02T12:00:00,ads,WON,2025-02-25T09:00:00,80",
      "4,2025-02-14T13:00:00,email,NEW,,") + "\n";

  @TempDir Path dir;

  @BeforeEach
  void folder() throws Exception {
    Files.writeString(dir.resolve("scorecard.yaml"), SCORECARD);
    Files.writeString(dir.resolve("leads.csv"), LEADS);
  }

  private Cli run(String... args) {
    return Cli.run(args);
  }

  private String scorecard() {
    return dir.resolve("scorecard.yaml").toString();
  }

  private void replace(String old, String now) throws Exception {
    String text = Files.readString(dir.resolve("scorecard.yaml"));
    assertThat(text).contains(old);
    Files.writeString(dir.resolve("scorecard.yaml"), text.replace(old, now));
  }

  private void rejected(Cli cli, String... parts) {
    assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains(parts);
  }

  @Test
  void the_small_funnel_scores_per_month_and_per_channel() {
    Cli cli = run("score", scorecard(), "--by", "channel", "--format", "json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("\"segment\" : \"ads\"", "\"segment\" : \"email\"", "\"value\" : 200,");
  }

  @Test
  void explain_shows_the_sql_that_ran_and_its_parameters_for_each_measure_from_records() {
    Cli cli = run("explain", scorecard(), "win_share");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains(
        "won = 2 — count of * over the records of source 'leads' where stage = 'WON', placed in periods by closed_at",
        "SQL that ran, and its parameters:",
        "count(*) FILTER (WHERE \"stage\" = ?) AS \"won\"",
        "-- $1 = WON (String)",
        "-- $3 = " + dir.resolve("leads.csv").toAbsolutePath() + " (String)",
        "leads = 2 — count of * over the records of source 'leads', placed in periods by created_at",
        "count(*) AS \"leads\"");
  }

  @Test
  void explain_shows_the_sql_in_indonesian_too() {
    Cli cli = run("explain", scorecard(), "revenue", "--lang", "id");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("SQL yang dijalankan, dengan parameternya:", "sum(\"deal_value\")");
  }

  @Test
  void an_xlsx_export_scores_like_the_csv_one() throws Exception {
    writeXlsx(false);
    String csv = run("score", scorecard(), "--format", "json").out();
    replace("file: leads.csv", "file: leads.xlsx");
    Cli xlsx = run("score", scorecard(), "--format", "json");
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    assertThat(xlsx.out()).isEqualTo(csv).contains("\"value\" : 200,");
  }

  /** The leads as a workbook; with {@code badCell}, row 4's closed_at is the text "soon". */
  private void writeXlsx(boolean badCell) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("leads.xlsx"))) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      Sheet sheet = book.createSheet("Leads");
      String[] lines = LEADS.strip().split("\n");
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          String text = cells[c];
          if (text.isEmpty()) {
            continue;
          }
          if (r > 0 && text.matches("\\d{4}-.*")) {
            row.createCell(c).setCellValue(LocalDateTime.parse(text));
            row.getCell(c).setCellStyle(date);
          } else if (r > 0 && text.matches("\\d+")) {
            row.createCell(c).setCellValue(Double.parseDouble(text));
          } else {
            row.createCell(c).setCellValue(text);
          }
        }
      }
      if (badCell) {
        sheet.getRow(3).createCell(4).setCellValue("soon");
      }
      book.write(out);
    }
  }

  @Nested
  class Bad_input {

    @Test
    void a_missing_file_names_the_source_and_the_path() throws Exception {
      replace("file: leads.csv", "file: crm/leads.csv");
      rejected(run("score", scorecard()), "scorecard.yaml:8:", "source 'leads'", "crm/leads.csv does not exist");
    }

    @Test
    void a_missing_column_names_the_source_the_column_and_the_columns_it_has() throws Exception {
      replace("where: \"stage = 'WON'\" }\n  revenue", "where: \"stag = 'WON'\" }\n  revenue");
      rejected(run("score", scorecard()), "scorecard.yaml:11:", "measure 'won', filter (source 'leads')",
          "source 'leads' has no column 'stag'", "lead_id, created_at, channel, stage, closed_at, deal_value");
    }

    @Test
    void summing_text_is_a_wrong_type_naming_the_column_and_its_type() throws Exception {
      replace("sum: deal_value", "sum: channel");
      rejected(run("score", scorecard()), "scorecard.yaml:12:", "measure 'revenue', expression (source 'leads')",
          "sum needs numbers, but 'channel' is text (VARCHAR)");
    }

    @Test
    void an_unparseable_filter_points_into_the_filter() throws Exception {
      replace("where: \"stage = 'WON'\" }\n  revenue", "where: \"stage = 'WON\" }\n  revenue");
      rejected(run("score", scorecard()), "scorecard.yaml:11:", "measure 'won', filter (source 'leads')",
          "the quoted text is not closed");
    }

    @Test
    void an_unknown_function_names_the_functions() throws Exception {
      replace("sum: deal_value", "sum: \"round(deal_value)\"");
      rejected(run("score", scorecard()), "measure 'revenue', expression (source 'leads')",
          "unknown function 'round'", "coalesce", "days_between");
    }

    @Test
    void a_time_column_that_is_not_a_date_names_the_column_and_its_type() throws Exception {
      replace("time: created_at", "time: channel");
      rejected(run("score", scorecard()), "scorecard.yaml:10:", "measure 'leads', time column (source 'leads')",
          "the time column 'channel' is text (VARCHAR), not a date or timestamp");
    }

    @Test
    void a_bad_cell_in_an_xlsx_export_names_the_sheet_the_row_and_the_column() throws Exception {
      writeXlsx(true);
      replace("file: leads.csv", "file: leads.xlsx");
      rejected(run("score", scorecard()), "leads.xlsx:4, column closed_at: error: sheet 'Leads', cell E4 "
          + "(column closed_at): the text 'soon', but the column holds dates (as from cell E2)");
    }

    @Test
    void splitting_by_a_column_no_source_has_is_reported() {
      rejected(run("score", scorecard(), "--by", "region"), "--by", "no data has the dimension 'region'");
    }
  }
}
