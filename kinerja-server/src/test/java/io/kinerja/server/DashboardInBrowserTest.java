package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Show;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real headless Chromium: both languages and the switch that sticks, sparklines and the
 * radar, the month/quarter/year picker and the range view, and what keyboard and screen-reader users need
 * on every page listed for the screenshots (labels, the skip link, focus, text for the charts).
 */
class DashboardInBrowserTest extends InBrowser {

  private static final String RSI = "/scorecards/rsi-unisma-pemasaran?period=2014";
  private static final String FUNNEL = "/scorecards/funnel-2025";

  @Override
  void opened() {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
  }

  @Test
  void the_switch_shows_56_82_the_indonesian_way_and_56_82_in_english_on_the_rsi_dashboard() {
    browser.get(RSI + "&lang=id");
    browser.waitForCharts();
    assertThat(main()).contains("56,82 %", "Realisasi", "Skor keseluruhan").doesNotContain("56.82");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("id");
    browser.find("header .langs a[hreflang=en]").click();
    browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
    assertThat(main()).contains("56.82 %", "Actual", "Overall score").doesNotContain("56,82");
    assertThat(browser.text("[data-testid=overall-category]")).isEqualTo("Poor");
    browser.find("header .langs a[hreflang=id]").click();
    browser.waitUntil(d -> "id".equals(browser.find("html").getAttribute("lang")));
    assertThat(browser.text("[data-testid=overall-category]")).isEqualTo("Kurang");
  }

  @Test
  void the_chosen_language_sticks_on_pages_opened_without_lang_although_the_browser_asks_for_english() {
    browser.get(FUNNEL + "?lang=id");
    browser.get("/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("id");
    assertThat(browser.text("h1")).isEqualTo("Scorecard Anda");
    browser.find("a.link[href*='funnel-2025']").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("funnel-2025"));
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("id");
    assertThat(main()).contains("Desember 2025", "Tren");
    browser.get("/scorecards/funnel-2025/indicators/win_rate");
    assertThat(main()).contains("Realisasi", "Rumus");
    browser.get(FUNNEL + "?lang=en");
    browser.get("/");
    assertThat(browser.text("h1")).isEqualTo("Your scorecards");
  }

  @Test
  void each_indicator_row_has_a_sparkline_of_its_last_periods_and_the_perspectives_show_as_a_radar() {
    browser.get(FUNNEL + "?period=2025-12&lang=en");
    browser.waitForCharts();
    List<WebElement> rows = browser.findAll("table.indicators tbody tr");
    assertThat(rows).hasSize(11);
    for (WebElement row : rows) {
      WebElement spark = row.findElement(By.cssSelector("svg.spark"));
      assertThat(spark.findElements(By.tagName("polyline"))).isNotEmpty();
      assertThat(spark.getAttribute("aria-label")).startsWith("Actual over the last periods: May 2025 ")
          .contains("December 2025");
    }
    String revenue = rows.get(0).findElement(By.cssSelector("svg.spark")).getAttribute("aria-label");
    JsonNode december = expect(server.admin().get("/api/v1/scorecards/funnel-2025/results?period=2025-12&lang=en"), 200)
        .json();
    double value = december.get("indicators").get(0).get("value").asDouble();
    assertThat(revenue).endsWith("December 2025 " + Show.number(Language.EN, value, "IDR", 2));
    WebElement radar = browser.find(".chart.radar");
    browser.waitUntil(d -> "true".equals(radar.getAttribute("data-drawn")));
    assertThat(radar.findElements(By.cssSelector("svg path"))).isNotEmpty();
    assertThat(radar.getAttribute("aria-label")).contains("Financial performance", "Sales", "Marketing");
  }

  @Test
  void the_period_picker_offers_months_quarters_and_years_and_shows_a_quarter() {
    browser.get(FUNNEL + "?period=2025-12&lang=en");
    Select period = new Select(browser.find("#period"));
    List<String> groups = new ArrayList<>();
    browser.findAll("#period optgroup").forEach(g -> groups.add(g.getAttribute("label")));
    assertThat(groups).containsExactly("Months", "Quarters", "Years");
    period.selectByValue("2025-Q4");
    browser.waitUntil(d -> d.getCurrentUrl().contains("period=2025-Q4"));
    browser.waitForCharts();
    JsonNode q4 = expect(server.admin().get("/api/v1/scorecards/funnel-2025/results?period=2025-Q4&lang=en"), 200).json();
    assertThat(browser.text("[data-testid=overall-final]"))
        .isEqualTo(Show.score(Language.EN, q4.get("overall").get("final").asDouble()));
    assertThat(main()).contains("Period Q4 2025");
  }

  @Test
  void the_range_view_shows_each_period_of_the_range_in_a_chart_and_a_table() {
    browser.get(FUNNEL + "?period=2025-12&lang=id");
    new Select(browser.find("#from")).selectByValue("2025-01");
    new Select(browser.find("#to")).selectByValue("2025-06");
    browser.find(".range-form button").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("from=2025-01") && d.getCurrentUrl().contains("to=2025-06"));
    List<String> heads = new ArrayList<>();
    browser.findAll("[data-testid=range-table] thead th").forEach(h -> heads.add(h.getText()));
    assertThat(heads).containsExactly("Indikator", "Januari 2025", "Februari 2025", "Maret 2025", "April 2025", "Mei 2025",
        "Juni 2025");
    JsonNode range = expect(server.admin().get("/api/v1/scorecards/funnel-2025/results?period=2025-01..2025-06&lang=id"),
        200).json();
    List<String> overall = new ArrayList<>();
    browser.findAll("[data-testid=range-table] tr.total td b").forEach(b -> overall.add(b.getText()));
    List<String> expected = new ArrayList<>();
    range.forEach(r -> expected.add(Show.score(Language.ID, r.get("overall").get("final").asDouble())));
    assertThat(overall).hasSize(6).isEqualTo(expected);
    WebElement chart = browser.find(".chart.lines");
    browser.waitUntil(d -> "true".equals(chart.getAttribute("data-drawn")));
    assertThat(chart.getAttribute("aria-label")).contains("Januari 2025 " + expected.get(0), "Juni 2025 " + expected.get(5));
    assertThat(chart.findElements(By.cssSelector("svg path")).size()).isGreaterThan(4);
  }

  @Test
  void every_form_field_on_every_listed_page_has_a_label_and_every_chart_a_text_alternative() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String path : listedPages(false)) {
      for (String lang : List.of("id", "en")) {
        browser.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.js("return Array.from(document.querySelectorAll("
            // a field hidden from everyone (the user name a password manager needs beside a new password) is
            // not one a person fills in
            + "'input:not([type=hidden]):not([hidden]),select,textarea')).filter(function (e) { return e.labels.length === 0"
            + " && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'); })"
            + ".map(function (e) { return e.outerHTML; })");
        assertThat(unlabelled).as("fields without a label on " + path + " (" + lang + ")").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> mute = (List<String>) browser.js("return Array.from(document.querySelectorAll("
            + "'[data-chart],[data-dash-chart],svg.spark')).filter(function (e) { return e.getAttribute('role') !== 'img'"
            + " || !(e.getAttribute('aria-label') || '').trim(); }).map(function (e) { return e.outerHTML.slice(0, 120); })");
        assertThat(mute).as("charts without a text alternative on " + path + " (" + lang + ")").isEmpty();
        checked.add(path);
      }
    }
    assertThat(checked).hasSizeGreaterThan(10);
  }

  @Test
  void tab_reaches_the_skip_link_first_then_the_language_switch_the_pickers_and_the_indicators_with_a_visible_focus() {
    browser.get(FUNNEL + "?period=2025-12&lang=en");
    browser.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
    List<String> reached = new ArrayList<>();
    Actions keys = new Actions(browser.driver);
    // Tab until the first indicator's link (the scorecard's links and the report links sit between the pickers
    // and the indicators), at most 40 stops, each with a visible focus.
    for (int k = 0; k < 40 && reached.stream().noneMatch(r -> r.startsWith("a:Revenue")); k++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver.switchTo().activeElement();
      String id = focused.getAttribute("id");
      reached.add(id != null && !id.isEmpty() ? "#" + id : focused.getTagName() + ":" + focused.getText().strip());
      assertThat(focused.getCssValue("outline-style")).as("focus outline of " + reached.get(k)).isNotEqualTo("none");
    }
    assertThat(reached.get(0)).startsWith("a:Skip");
    assertThat(reached).contains("#period", "#by", "#from", "#to");
    assertThat(reached.stream().filter(r -> r.startsWith("a:Revenue"))).isNotEmpty();
    browser.find("a.skip").sendKeys(Keys.ENTER);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#main");
  }

  /** The signed-in pages of docs/screenshots/pages.txt, the one list of pages (the screenshots command reads it too). */
  static List<String> listedPages(boolean signedOut) throws IOException {
    List<String> paths = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../docs/screenshots/pages.txt"))) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        String[] parts = l.split("\\s+");
        if ((parts.length > 2 && parts[2].equals("signed-out")) == signedOut) {
          paths.add(parts[1]);
        }
      }
    }
    return paths;
  }

  private String main() {
    return browser.text("main");
  }
}
