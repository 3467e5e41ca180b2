package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Initiatives, alerts and the organisation views in a real headless Chromium on the demo server: an
 * initiative added through the form shows on the indicator page and (overdue) on the dashboard, an alert
 * raised by a value entered through the API shows on the alerts page and links to the explanation, and the
 * organisation's heat map shows the demo units; no console errors, screenshots at desktop and phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlansInBrowserTest extends InBrowser {

  private static final String RSI = "/scorecards/rsi-unisma-pemasaran";

  private Http admin;

  @Override
  void prepare() {
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"field-sales\", \"name\": \"Field sales\", \"kind\": \"unit\","
        + " \"parent\": \"demo\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/field-sales/scorecards", Tiny.upload("field-sales-2024")), 201);
  }

  @Override
  void opened() {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
  }

  private void shoot(String name) throws IOException {
    browser.resize(1280, 1000);
    browser.screenshot(name);
    browser.resize(390, 844);
    browser.screenshot(name + "-phone");
    Object wide = browser.js("var w = document.documentElement.clientWidth, out = [];"
        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
        + " if (r.right > w + 1 && !e.closest('.scroll')) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
        + "return out.slice(0, 5).join(', ');");
    assertThat(wide).as(name + ": nothing sticks out at phone width").isEqualTo("");
    browser.resize(1280, 1000);
  }

  @Test
  @Order(1)
  void an_initiative_added_through_the_form_shows_on_the_indicator_page_and_overdue_on_the_dashboard() throws IOException {
    LocalDate today = LocalDate.now();
    browser.get(RSI + "/initiatives?lang=en");
    assertThat(browser.text("[data-testid=no-initiatives]")).isEqualTo("No initiatives yet.");
    new Select(browser.find("#f-indicator")).selectByIndex(0);
    String indicator = browser.find("#f-indicator").getAttribute("value");
    browser.find("#f-title").sendKeys("Visit <b>every</b> clinic");
    browser.find("#f-owner").sendKeys("Dewi");
    browser.js("document.getElementById('f-start').value = arguments[0];"
        + "document.getElementById('f-due').value = arguments[1];", today.minusMonths(2).toString(),
        today.minusDays(3).toString());
    new Select(browser.find("#f-status")).selectByValue("in_progress");
    browser.find("#f-progress").sendKeys("40");
    browser.find("#f-budget").sendKeys("1234567");
    browser.find(".plan-form button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=initiative]")).isEmpty());
    String row = browser.text("[data-testid=initiative]");
    assertThat(row).contains("Visit <b>every</b> clinic", "Dewi", "Rp 1,234,567", "40 %", "In progress", "Overdue",
        today.minusDays(3).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
    shoot("plans-initiatives-en");

    browser.get(RSI + "/indicators/" + indicator + "?lang=en");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=indicator-initiatives] [data-testid=initiative]"))
        .isEmpty());
    assertThat(browser.text("[data-testid=indicator-initiatives]")).contains("Visit <b>every</b> clinic", "Overdue");

    browser.get(RSI + "?period=2014&lang=id");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=initiative-count]")).isEmpty());
    assertThat(browser.text("[data-testid=initiative-count]")).isEqualTo("1");
    assertThat(browser.text("[data-testid=overdue-count]")).isEqualTo("1");
    assertThat(browser.text("[data-testid=overdue-initiative]")).contains("Visit <b>every</b> clinic",
        today.minusDays(3).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))));
    browser.js("document.querySelector('[data-testid=plans-summary]').scrollIntoView()");
    browser.screenshot("plans-dashboard-id");

    browser.get(RSI + "/initiatives?lang=id");
    assertThat(browser.text("[data-testid=initiative]")).contains("Rp 1.234.567", "Berjalan", "Terlambat");
    shoot("plans-initiatives-id");
  }

  @Test
  @Order(2)
  void a_change_with_a_bad_progress_is_refused_by_the_server_naming_the_field_and_changes_nothing() {
    browser.get(RSI + "/initiatives?lang=en");
    browser.find("[data-testid=initiative] .actions a").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("edit="));
    // The field's max="100" stops the browser sending 150; submit() skips that check to reach the server's.
    browser.js("document.getElementById('f-progress').value = '150'; document.querySelector('.plan-form').submit()");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=form-problems]")).isEmpty());
    assertThat(browser.text("[data-testid=form-problems]")).contains("progress");
    assertThat(browser.text("[data-testid=initiative]")).contains("40 %");
  }

  @Test
  @Order(3)
  void an_alert_raised_by_a_value_entered_through_the_api_shows_and_links_to_the_explanation() throws IOException {
    String sc = "/api/v1/scorecards/field-sales-2024";
    browser.get("/scorecards/field-sales-2024/initiatives?lang=en");
    new Select(browser.find("#r-indicator")).selectByValue("win_rate");
    new Select(browser.find("#r-kind")).selectByValue("red");
    browser.find("#r-webhook").sendKeys("http://169.254.169.254/latest/meta-data");
    browser.find("#r-webhook").submit();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=form-problems]")).isEmpty());
    assertThat(browser.text("[data-testid=form-problems]")).contains("webhook", "link-local");
    assertThat(browser.findAll("[data-testid=rule]")).isEmpty();
    browser.find("#r-webhook").clear();
    browser.find("#r-webhook").submit();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=rule]")).isEmpty());
    assertThat(browser.text("[data-testid=rule]")).contains("Win rate: it turns red");
    browser.js("document.getElementById('rules-h').scrollIntoView()");
    browser.screenshot("plans-rules-en");
    browser.get("/alerts?lang=en");
    assertThat(browser.findAll("[data-testid=alert]")).isEmpty();
    expect(admin.put(sc + "/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 5}]"), 200);
    browser.get("/alerts?lang=en");
    assertThat(browser.text("[data-testid=alert]")).contains("Win rate is red in 2024", "field-sales-2024", "Open");
    shoot("plans-alerts-en");
    browser.get("/scorecards/field-sales-2024?lang=en");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=alert-count]")).isEmpty());
    assertThat(browser.text("[data-testid=alert-count]")).isEqualTo("1");
    browser.get("/alerts?lang=id");
    browser.find("[data-testid=alert] th a").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/indicators/win_rate"));
    assertThat(browser.text("[data-testid=explanation]")).isNotBlank();
    browser.get("/alerts?lang=id");
    browser.find("[data-testid=alert] button").click();
    browser.waitUntil(d -> d.findElements(By.cssSelector("[data-testid=alert].open")).isEmpty());
    assertThat(browser.text("[data-testid=alert]")).contains("Win rate merah pada 2024: sangat kurang", "Sudah dibaca", "admin");
  }

  @Test
  @Order(4)
  void the_organisation_heat_map_shows_each_unit_with_its_scorecards_category() throws IOException {
    browser.get("/organisation?period=2014&lang=id");
    assertThat(browser.text("[data-testid=org-tree]")).contains("Demo company", "Reference cases", "Field sales");
    var rsi = browser.find("[data-testid=heat-cell][data-scorecard=rsi-unisma-pemasaran]");
    assertThat(rsi.getText()).contains("-0,3571", "Kurang");
    assertThat(rsi.getAttribute("class")).contains("tone-red");
    shoot("plans-organisation-id");
    browser.find("input[name=units][value=field-sales]").click();
    browser.find(".compare-form button").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/compare"));
    assertThat(browser.text("[data-testid=compare]")).contains("Tiny field-sales-2024");
    browser.get("/compare?scorecard=rsi-unisma-pemasaran&periods=2013,2014&lang=en");
    assertThat(browser.findAll("[data-testid=compare-final]")).hasSize(2);
    assertThat(browser.findAll("[data-testid=compare-final]").get(1).getText()).contains("-0.3571", "Poor");
    shoot("plans-compare-en");
  }
}
