package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Show;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium, driven through the system's chromedriver (no driver download):
 * signing in through the form, the dashboards of the demo cases in both languages, an indicator's
 * explanation, switching periods, refusals, and escaping of hostile names (see {@link Browser}).
 */
class PagesInBrowserTest extends InBrowser {

  private static final String HOSTILE = "<script>window.__owned=1</script>";

  @Override
  void prepare() {
    var admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"hostile\", \"name\": \"Hostile\", \"kind\": \"unit\"}"), 201);
    Map<String, Map.Entry<String, byte[]>> upload = Tiny.upload("hostile");
    String yaml = Tiny.yaml("hostile").replace("name: Tiny hostile", "name: \"" + HOSTILE + " card\"")
        .replace("name: Win rate", "name: \"" + HOSTILE.replace("\"", "\\\"") + " rate\"");
    upload.put("scorecard", Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/hostile/scorecards", upload), 201);
    server.user("funnel-viewer", "funnel-2025", "viewer");
  }

  @Test
  void the_rsi_dashboard_shows_minus_0_3571_kurang_in_indonesian_and_poor_in_english() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your scorecards");
    browser.get("/scorecards/rsi-unisma-pemasaran?lang=id");
    browser.waitForCharts();
    assertThat(browser.text("[data-testid=overall-final]")).isEqualTo(Show.score(Language.ID, -0.3571)).isEqualTo("-0,3571");
    assertThat(browser.text("[data-testid=overall-category]")).isEqualTo("Kurang");
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Prioritas perbaikan", "Realisasi", "56,82 %");
    browser.screenshot("dashboard-id");
    browser.get("/scorecards/rsi-unisma-pemasaran?lang=en");
    browser.waitForCharts();
    assertThat(browser.text("[data-testid=overall-final]")).isEqualTo("-0.3571");
    assertThat(browser.text("[data-testid=overall-category]")).isEqualTo("Poor");
    assertThat(browser.driver.findElements(By.cssSelector("table.indicators tbody tr"))).hasSize(14);
    assertThat(browser.driver.findElements(By.cssSelector("ul.perspectives li"))).hasSize(4);
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Improvement priorities", "56.82 %");
    browser.screenshot("dashboard-en");
    browser.resize(390, 844);
    browser.get("/scorecards/rsi-unisma-pemasaran?lang=en");
    browser.waitForCharts();
    Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
    browser.screenshot("dashboard-phone");
    browser.resize(1280, 1000);
    assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
  }

  @Test
  void an_indicator_page_shows_its_formula_inputs_and_trend() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/rsi-unisma-pemasaran?lang=en");
    browser.driver.findElement(By.linkText("Rasio Ekonomi")).click();
    browser.waitForCharts();
    assertThat(browser.driver.getCurrentUrl()).contains("/scorecards/rsi-unisma-pemasaran/indicators/rasio_ekonomi");
    assertThat(browser.text("[data-testid=formula]")).isEqualTo("pengeluaran_pemasaran / anggaran_pemasaran * 100");
    String explanation = browser.text("[data-testid=explanation]");
    assertThat(explanation).contains("pengeluaran_pemasaran", "anggaran_pemasaran");
    assertThat(browser.driver.findElements(By.cssSelector(".chart.trend svg"))).isNotEmpty();
    browser.screenshot("indicator-en");
  }

  @Test
  void switching_the_period_on_the_funnel_dashboard_shows_that_periods_results() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/funnel-2025?lang=en");
    browser.waitForCharts();
    String before = browser.text("[data-testid=overall-final]");
    Select period = new Select(browser.driver.findElement(By.id("period")));
    assertThat(period.getOptions().size()).isGreaterThan(1);
    period.selectByValue("2025-03");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("period=2025-03"));
    browser.waitForCharts();
    var expected = expect(server.admin().get("/api/v1/scorecards/funnel-2025/results?period=2025-03&lang=en"), 200).json();
    String after = browser.text("[data-testid=overall-final]");
    assertThat(after).isEqualTo(Show.score(Language.EN, expected.get("overall").get("final").asDouble()))
        .isNotEqualTo(before);
    assertThat(new Select(browser.driver.findElement(By.id("period"))).getFirstSelectedOption().getText()).isEqualTo("March 2025");
    browser.get("/scorecards/funnel-2025?period=2025&by=channel&lang=en");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Segments: channel", "direct", "partner");
    browser.screenshot("funnel-by-channel");
  }

  @Test
  void a_viewer_of_another_unit_gets_403_alike_for_a_hidden_and_a_missing_scorecard() throws Exception {
    browser.signIn("funnel-viewer", "password-of-funnel-viewer");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("funnel-2025")
        .doesNotContain("rsi-unisma-pemasaran");
    browser.get("/scorecards/rsi-unisma-pemasaran?lang=en");
    String hidden = browser.driver.findElement(By.tagName("main")).getText();
    assertThat(hidden).contains("Not available");
    browser.get("/scorecards/no-such-scorecard?lang=en");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).isEqualTo(hidden);
    assertThat(browser.statusWithSession("/scorecards/rsi-unisma-pemasaran")).isEqualTo(403);
    assertThat(browser.statusWithSession("/scorecards/no-such-scorecard/indicators/x")).isEqualTo(403);
    assertThat(browser.statusWithSession("/scorecards/funnel-2025")).isEqualTo(200);
  }

  @Test
  void pages_need_a_session_and_the_login_form_speaks_both_languages() throws IOException {
    browser.driver.manage().deleteAllCookies();
    browser.get("/scorecards/rsi-unisma-pemasaran?lang=en");
    assertThat(browser.driver.getCurrentUrl()).contains("/login");
    browser.get("/login?lang=id");
    browser.submitLogin("admin", "wrong-password");
    String indonesian = browser.text("[role=alert]");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk");
    browser.screenshot("login-error-id");
    browser.get("/login?lang=en");
    browser.submitLogin("admin", "wrong-password");
    String english = browser.text("[role=alert]");
    assertThat(indonesian).isNotBlank().isNotEqualTo(english);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
  }

  @Test
  void hostile_names_are_shown_as_text_and_never_run() throws Exception {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(HOSTILE + " card");
    browser.get("/scorecards/hostile?lang=en");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE + " card");
    assertThat(browser.driver.findElement(By.cssSelector("table.indicators tbody th a")).getText()).isEqualTo(HOSTILE + " rate");
    browser.driver.findElement(By.cssSelector("table.indicators tbody th a")).click();
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE + " rate");
    assertThat(browser.js("return window.__owned === undefined && document.querySelectorAll('main script').length === 0;"))
        .isEqualTo(true);
    // Every form that changes something carries the session's CSRF token; without it the change is refused.
    assertThat(browser.driver.findElements(By.cssSelector("form[method=post] input[name=_csrf]"))).isNotEmpty();
    assertThat(browser.postWithSession("/logout")).isEqualTo(403);
  }

  @Test
  void the_console_check_sees_an_error_when_there_is_one() {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.noConsoleErrors();
    browser.js("console.error('probe for the console check');");
    assertThat(browser.driver.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
        .anyMatch(m -> m.contains("probe for the console check"));
  }
}
