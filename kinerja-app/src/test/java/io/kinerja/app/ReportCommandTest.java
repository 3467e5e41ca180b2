package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  static final String RSI = Path.of(System.getProperty("kinerja.shared"), "cases/rsi-unisma-2014/scorecard.yaml")
      .toString();
  static final String FUNNEL = Path.of(System.getProperty("kinerja.shared"), "cases/funnel-2025/scorecard.yaml")
      .toString();

  @Test
  void writes_an_html_report_to_the_named_file_and_prints_its_path(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("rsi.html");
    Cli cli = Cli.run("report", RSI, "--format", "html", "--lang", "en", "--data-date", "2015-01-31", "-o", out.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out().strip()).isEqualTo(out.toString());
    assertThat(Files.readString(out)).contains("Final score: -0.3571", "Poor", "January 31, 2015");
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void writes_the_funnel_by_channel_as_a_workbook(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("funnel.xlsx");
    Cli cli = Cli.run("report", FUNNEL, "--format", "xlsx", "--period", "2025", "--by", "channel", "-o", out.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(book.getNumberOfSheets()).isGreaterThan(3);
    }
  }

  @Test
  void writes_a_pdf(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("months.pdf");
    Cli cli = Cli.run("report", RSI, "--format", "pdf", "-o", out.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
  }

  @Test
  void an_output_in_a_folder_that_does_not_exist_is_bad_input(@TempDir Path dir) {
    Path out = dir.resolve("missing/report.pdf");
    Cli cli = Cli.run("report", RSI, "--format", "pdf", "-o", out.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("-o: error: the report cannot be written to " + out, "no such folder");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void an_output_under_a_file_is_bad_input_and_the_file_is_untouched(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
    Cli cli = Cli.run("report", RSI, "--format", "xlsx", "-o", file.resolve("report.xlsx").toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("the report cannot be written to");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void a_report_that_fails_leaves_nothing_behind(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    Cli cli = Cli.run("report", RSI, "--format", "html", "--period", "1999", "-o", out.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("1999");
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void an_unknown_format_names_the_formats(@TempDir Path dir) {
    Cli cli = Cli.run("report", RSI, "--format", "docx", "-o", dir.resolve("r.docx").toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("unknown report format 'docx': choose pdf, xlsx or html");
  }

  @Test
  void a_report_without_a_format_asks_for_one() {
    Cli cli = Cli.run("report", RSI);
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--format pdf, xlsx or html");
  }

  static java.util.List<Path> leftovers(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }
}
