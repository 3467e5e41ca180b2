package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Show;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Data entry in a real headless Chromium: typing into the grid with the keyboard and saving (the score on
 * the page, the dashboard and the API agree afterwards, and the indicator page shows who changed what),
 * pasting a block copied from a spreadsheet, a cell that is not a number blocking the save, importing a
 * file with a bad cell (the preview names its row and column and nothing is written) and a good one, and a
 * viewer's read-only grid.
 */
class DataEntryInBrowserTest extends InBrowser {

  private static final String RSI = "rsi-unisma-pemasaran";
  private static final String GRID = "/scorecards/" + RSI + "/data";

  private Path files;

  @Override
  void prepare() {
    server.user("rsi-viewer", "rsi-unisma-2014", "viewer");
    server.user("funnel-editor", "funnel-2025", "editor");
    Http admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"grid-seg\", \"name\": \"Segments\", \"kind\": \"unit\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/grid-seg/scorecards", Tiny.upload("grid-seg")), 201);
    expect(admin.put("/api/v1/scorecards/grid-seg/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 12,"
        + " \"segment\": {\"channel\": \"web\"}}, {\"period\": \"2024\", \"measure\": \"leads\", \"value\": 40,"
        + " \"segment\": {\"channel\": \"web\"}}]"), 200);
  }

  @Override
  void opened() throws IOException {
    files = Files.createTempDirectory("kinerja-grid-files");
  }

  private WebElement cell(String measure, String period) {
    return browser.find("td[data-m='" + measure + "'][data-p='" + period + "'] input");
  }

  private void openGrid(String lang) {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get(GRID + "?lang=" + lang);
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#grid input.cell")).isEmpty());
  }

  private String values() {
    return expect(server.admin().get("/api/v1/scorecards/" + RSI + "/values"), 200).body();
  }

  private double overall() {
    return expect(server.admin().get("/api/v1/scorecards/" + RSI + "/results?period=2014"), 200).json()
        .at("/overall/final").asDouble();
  }

  @Test
  void a_value_typed_with_the_keyboard_and_saved_changes_the_score_on_the_page_the_dashboard_and_the_api()
      throws IOException {
    openGrid("en");
    double before = overall();
    assertThat(browser.text("[data-testid=grid-final]")).isEqualTo(Show.score(Language.EN, before));
    assertThat(browser.find("#grid-save").isEnabled()).isFalse();

    WebElement spend = cell("pengeluaran_pemasaran", "2014");
    assertThat(spend.getAttribute("value")).isEqualTo("121,480,000");
    spend.click();
    spend.sendKeys("250,000,000", Keys.ENTER);
    // Enter keeps the value and moves down to the next measure of the same period.
    assertThat(browser.js("return document.activeElement.closest('td').dataset.p")).isEqualTo("2014");
    assertThat(browser.js("return document.activeElement.closest('td').dataset.m")).isNotEqualTo("pengeluaran_pemasaran");
    assertThat(browser.text("#grid-status")).isEqualTo("Cells changed, not saved yet: 1");
    browser.find("#grid-note").sendKeys("audited figure");
    browser.screenshot("grid-changed-en");
    browser.find("#grid-save").click();
    browser.waitUntil(d -> browser.text("#grid-status").startsWith("Saved"));
    double after = overall();
    assertThat(after).isNotEqualTo(before);
    browser.waitUntil(d -> browser.text("[data-testid=grid-final]").equals(Show.score(Language.EN, after)));
    assertThat(cell("pengeluaran_pemasaran", "2014").getAttribute("value")).isEqualTo("250,000,000");
    assertThat(browser.find("#grid-note").getAttribute("value")).as("a note belongs to the changes it was saved with").isEmpty();
    JsonNode history = expect(server.admin().get("/api/v1/scorecards/" + RSI
        + "/values/history?measure=pengeluaran_pemasaran"), 200).json();
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("new").asDouble()).isEqualTo(250_000_000.0);
    assertThat(last.get("source").asText()).isEqualTo("typed");
    assertThat(last.get("note").asText()).isEqualTo("audited figure");
    browser.screenshot("grid-saved-en");

    browser.get("/scorecards/" + RSI + "?period=2014&lang=en");
    browser.waitForCharts();
    assertThat(browser.text("[data-testid=overall-final]")).isEqualTo(Show.score(Language.EN, after));

    browser.get("/scorecards/" + RSI + "/indicators/rasio_ekonomi?period=2014&lang=en");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=value-history]")).isEmpty());
    String row = browser.find("[data-testid=value-history] tbody tr").getText();
    assertThat(row).contains("admin", "2014", "121,480,000", "250,000,000", "audited figure", "typed");
    browser.waitForCharts();
    browser.js("document.getElementById('value-history').scrollIntoView()");
    browser.screenshot("indicator-history-en");

    // Put the figure back, through the API, so that the other tests see the published case.
    expect(server.admin().put("/api/v1/scorecards/" + RSI + "/values",
        "[{\"period\": \"2014\", \"measure\": \"pengeluaran_pemasaran\", \"value\": 121480000}]"), 200);
    assertThat(overall()).isEqualTo(before);
  }

  @Test
  void a_block_pasted_from_a_spreadsheet_fills_two_by_two_cells_from_the_focused_one_in_indonesian_numbers() {
    openGrid("id");
    WebElement first = cell("kunjungan_pasien_baru", "2012");
    first.click();
    String below = (String) browser.js("return document.querySelectorAll('#grid tbody tr')"
        + "[Number(arguments[0].dataset.r) + 1].querySelector('td[data-m]').dataset.m", first);
    browser.js("var dt = new DataTransfer(); dt.setData('text/plain', arguments[1]);"
        + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
        first, "18.000\t25.000,5\r\n1.234\t7\r\n");
    assertThat(cell("kunjungan_pasien_baru", "2012").getAttribute("value")).isEqualTo("18.000");
    assertThat(cell("kunjungan_pasien_baru", "2013").getAttribute("value")).isEqualTo("25.000,5");
    assertThat(cell(below, "2012").getAttribute("value")).isEqualTo("1.234");
    assertThat(cell(below, "2013").getAttribute("value")).isEqualTo("7");
    assertThat(cell("kunjungan_pasien_baru", "2014").getAttribute("value")).isEqualTo("23.851");
    assertThat(browser.findAll("#grid input.cell.changed")).hasSize(4);
    assertThat(browser.findAll("#grid input.cell.bad")).isEmpty();
    assertThat(browser.text("#grid-status")).isEqualTo("Sel berubah, belum disimpan: 4");
    assertThat(browser.find("#grid-save").isEnabled()).isTrue();
    browser.find("#grid-undo").click();
    assertThat(browser.findAll("#grid input.cell.changed")).isEmpty();
    assertThat(cell("kunjungan_pasien_baru", "2012").getAttribute("value")).isEqualTo("18.773");
  }

  @Test
  void a_cell_that_is_not_a_number_is_marked_with_the_message_and_blocks_saving_until_escape_puts_it_back()
      throws IOException {
    openGrid("en");
    WebElement staff = cell("total_karyawan", "2014");
    staff.click();
    staff.sendKeys("9", Keys.HOME, Keys.ARROW_LEFT);
    cell("total_karyawan", "2013").sendKeys("12x");
    WebElement bad = cell("total_karyawan", "2013");
    assertThat(bad.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.text("#grid-problems")).contains("\"12x\" is not a number", "2013");
    assertThat(browser.find("#grid-save").isEnabled()).isFalse();
    browser.js("document.getElementById('grid-problems').scrollIntoView({block: 'center'})");
    browser.screenshot("grid-invalid-en");
    bad.sendKeys(Keys.ESCAPE);
    assertThat(bad.getAttribute("value")).isEmpty();
    assertThat(bad.getAttribute("aria-invalid")).isEqualTo("false");
    assertThat(browser.text("#grid-problems")).isEmpty();
    assertThat(browser.find("#grid-save").isEnabled()).isTrue(); // the 9 typed into 2014 is still there to save
    browser.find("#grid-undo").click();
    assertThat(browser.find("#grid-save").isEnabled()).isFalse();
  }

  @Test
  void an_import_with_one_bad_cell_previews_its_row_and_column_and_writes_nothing() throws IOException {
    openGrid("en");
    String before = values();
    Path csv = files.resolve("one-bad-cell.csv");
    Files.writeString(csv, "period,measure,value\n2014,total_karyawan,7\n2014,karyawan_keluar,two\n",
        StandardCharsets.UTF_8);
    browser.find("#import-file").sendKeys(csv.toString());
    browser.find("#import-preview-button").click();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=import-problems] tbody tr")).isEmpty());
    List<WebElement> cells = browser.findAll("[data-testid=import-problems] tbody tr:first-child td");
    assertThat(cells.get(0).getText()).isEqualTo("3");
    assertThat(cells.get(1).getText()).isEqualTo("value");
    assertThat(cells.get(2).getText()).contains("two");
    assertThat(browser.findAll("[data-testid=import-problems] tbody tr")).hasSize(1);
    assertThat(browser.text("#import-result")).contains("Problems found: 1.", "nothing has been written");
    assertThat(browser.find("#import-commit").isEnabled()).isFalse();
    assertThat(browser.find("#import-progress").getAttribute("value")).isEqualTo("100");
    browser.js("document.getElementById('import-result').scrollIntoView({block: 'center'})");
    browser.screenshot("import-preview-bad-en");
    assertThat(values()).isEqualTo(before);
  }

  @Test
  void a_good_file_is_previewed_then_imported_and_its_values_are_written_and_shown() throws IOException {
    openGrid("id");
    Path csv = files.resolve("good.csv");
    Files.writeString(csv, "period,measure,value\n2014,program_baru,3\n2014,total_program,8\n", StandardCharsets.UTF_8);
    browser.find("#import-file").sendKeys(csv.toString());
    browser.find("#import-preview-button").click();
    browser.waitUntil(d -> browser.text("#import-result").contains("akan berubah"));
    assertThat(browser.text("#import-result")).contains("Angka terbaca: 2; akan berubah: 1");
    assertThat(values()).contains("\"measure\":\"program_baru\",\"value\":2.0");
    browser.find("#import-commit").click();
    browser.waitUntil(d -> browser.text("#import-result").startsWith("Terimpor"));
    assertThat(values()).contains("\"measure\":\"program_baru\",\"value\":3.0");
    // The grid is read again from the server (its rows replaced), so the cell is looked up afresh each time.
    browser.waitUntil(d -> "3".equals(browser.js("var e = document.querySelector(\"td[data-m='program_baru'][data-p='2014']"
        + " input\"); return e && e.value")));
    JsonNode history = expect(server.admin().get("/api/v1/scorecards/" + RSI + "/values/history?measure=program_baru"),
        200).json();
    assertThat(history.get(history.size() - 1).get("source").asText()).isEqualTo("import good.csv");
    browser.js("document.getElementById('import-result').scrollIntoView({block: 'center'})");
    browser.screenshot("import-done-id");
    expect(server.admin().put("/api/v1/scorecards/" + RSI + "/values",
        "[{\"period\": \"2014\", \"measure\": \"program_baru\", \"value\": 2}]"), 200);
  }

  @Test
  void a_viewer_sees_the_figures_as_a_plain_table_without_inputs_or_import() {
    browser.signIn("rsi-viewer", "password-of-rsi-viewer");
    browser.get(GRID + "?lang=id");
    assertThat(browser.text("[data-testid=grid-read-only]")).contains("peran kontributor");
    assertThat(browser.findAll("#grid input")).isEmpty();
    assertThat(browser.findAll("#import-form")).isEmpty();
    assertThat(browser.text("td[data-m='kunjungan_pasien_lama'][data-p='2014']")).isEqualTo("31.508");
    assertThat(browser.text("#grid thead")).contains("2012", "2013", "2014");
  }

  @Test
  void someone_without_a_grant_on_the_unit_gets_the_refusal_page_for_the_grid_and_the_history()
      throws IOException, InterruptedException {
    browser.signIn("funnel-editor", "password-of-funnel-editor");
    assertThat(browser.statusWithSession(GRID)).isEqualTo(403);
    assertThat(browser.statusWithSession(GRID.replace("/data", "/indicators/rasio_ekonomi/history"))).isEqualTo(403);
    assertThat(browser.statusWithSession("/scorecards/no-such-scorecard/data")).isEqualTo(403);
    assertThat(browser.statusWithSession("/scorecards/funnel-2025/data")).isEqualTo(200);
    browser.get(GRID + "?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("Not available");
    browser.get("/scorecards/funnel-2025/data?period=2025-01..2025-03&lang=en");
    assertThat(browser.text("#grid thead")).contains("2025-01", "2025-02", "2025-03").doesNotContain("2025-04");
    browser.get("/scorecards/funnel-2025/data?period=2025-W01&lang=en");
    assertThat(browser.text("[role=alert]")).contains("2025-W01");
  }

  @Test
  void a_segments_figures_are_picked_shown_and_saved_for_that_segment_only() {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/grid-seg/data?lang=en");
    assertThat(browser.text("#grid-segment")).contains("the whole unit", "channel=web");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#grid input.cell")).isEmpty());
    assertThat(cell("won", "2024").getAttribute("value")).isEqualTo("30");
    new org.openqa.selenium.support.ui.Select(browser.find("#grid-segment")).selectByVisibleText("channel=web");
    browser.find(".pickers button").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("segment="));
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#grid input.cell")).isEmpty());
    WebElement won = cell("won", "2024");
    assertThat(won.getAttribute("value")).isEqualTo("12");
    won.click();
    won.sendKeys("15", Keys.ENTER);
    browser.find("#grid-save").click();
    browser.waitUntil(d -> browser.text("#grid-status").startsWith("Saved"));
    String values = expect(server.admin().get("/api/v1/scorecards/grid-seg/values?period=2024"), 200).body();
    assertThat(values).contains("\"measure\":\"won\",\"segment\":{\"channel\":\"web\"},\"value\":15.0")
        .contains("\"measure\":\"won\",\"value\":30.0");
  }

  @Test
  void the_grid_reads_well_at_phone_width_and_the_dashboard_links_to_it() throws IOException {
    openGrid("id");
    browser.get("/scorecards/" + RSI + "?lang=id");
    browser.find(".grid-link a").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/data"));
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#grid input.cell")).isEmpty());
    browser.screenshot("grid-id");
    browser.resize(390, 844);
    try {
      browser.screenshot("grid-phone-id");
      browser.js("document.getElementById('grid').scrollIntoView()");
      browser.screenshot("grid-phone-table-id");
      Object overflow = browser.js("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(overflow).as("the page is no wider than the phone; the table scrolls inside its panel").isEqualTo(false);
      browser.js("document.querySelector('.import-panel').scrollIntoView()");
      browser.screenshot("grid-phone-import-id");
      browser.get("/scorecards/" + RSI + "/indicators/retensi_pelanggan?period=2014&lang=id");
      browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=value-history]")).isEmpty());
      assertThat(browser.text("[data-testid=value-history] thead")).contains("Waktu", "Oleh", "Lama", "Baru", "Sumber");
      assertThat(browser.text("[data-testid=value-history] tbody")).contains("31.508", "unggahan scorecard");
      browser.js("document.getElementById('value-history').scrollIntoView()");
      browser.screenshot("indicator-history-phone-id");
    } finally {
      browser.resize(1280, 1000);
    }
  }
}
