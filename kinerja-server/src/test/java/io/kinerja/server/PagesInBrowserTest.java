package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Show;
import io.kinerja.server.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.Map;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium, driven through the system's chromedriver (no driver download):
 * signing in through the form, the dashboards of the demo cases in both languages, an indicator's
 * explanation, switching periods, refusals, and escaping of hostile names. Screenshots go to
 * {@code target/screenshots}. Without Chromium it skips with a message, except under CI, where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String HOSTILE = "<script>window.__owned=1</script>";

  private TestServer server;
  private WebDriver browser;
  private Path shots;

  @BeforeAll
  void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs them");
    }
    Assumptions.assumeTrue(present, "skipped: the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver)");
    server = TestServer.withDemo(Store.Engine.SQLITE, Path.of("../examples"));
    var admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"hostile\", \"name\": \"Hostile\", \"kind\": \"unit\"}"), 201);
    Map<String, Map.Entry<String, byte[]>> upload = Tiny.upload("hostile");
    String yaml = Tiny.yaml("hostile").replace("name: Tiny hostile", "name: \"" + HOSTILE + " card\"")
        .replace("name: Win rate", "name: \"" + HOSTILE.replace("\"", "\\\"") + " rate\"");
    upload.put("scorecard", Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/hostile/scorecards", upload), 201);
    server.user("funnel-viewer", "funnel-2025", "viewer");
    shots = Files.createDirectories(Path.of("target/screenshots"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US",
        "--user-data-dir=" + Files.createTempDirectory("kinerja-chromium"), "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void the_rsi_dashboard_shows_minus_0_3571_kurang_in_indonesian_and_poor_in_english() throws IOException {
    signIn("admin", TestServer.ADMIN_PASSWORD);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your scorecards");
    open("/scorecards/rsi-unisma-pemasaran?lang=id");
    waitForCharts();
    assertThat(text("[data-testid=overall-final]")).isEqualTo(Show.score(Language.ID, -0.3571)).isEqualTo("-0,3571");
    assertThat(text("[data-testid=overall-category]")).isEqualTo("Kurang");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Prioritas perbaikan", "Realisasi", "56,82 %");
    screenshot("dashboard-id");
    open("/scorecards/rsi-unisma-pemasaran?lang=en");
    waitForCharts();
    assertThat(text("[data-testid=overall-final]")).isEqualTo("-0.3571");
    assertThat(text("[data-testid=overall-category]")).isEqualTo("Poor");
    assertThat(browser.findElements(By.cssSelector("table.indicators tbody tr"))).hasSize(14);
    assertThat(browser.findElements(By.cssSelector("ul.perspectives li"))).hasSize(4);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Improvement priorities", "56.82 %");
    screenshot("dashboard-en");
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/scorecards/rsi-unisma-pemasaran?lang=en");
    waitForCharts();
    Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth;");
    screenshot("dashboard-phone");
    browser.manage().window().setSize(new Dimension(1280, 1000));
    assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
  }

  @Test
  void an_indicator_page_shows_its_formula_inputs_and_trend() throws IOException {
    signIn("admin", TestServer.ADMIN_PASSWORD);
    open("/scorecards/rsi-unisma-pemasaran?lang=en");
    browser.findElement(By.linkText("Rasio Ekonomi")).click();
    waitForCharts();
    assertThat(browser.getCurrentUrl()).contains("/scorecards/rsi-unisma-pemasaran/indicators/rasio_ekonomi");
    assertThat(text("[data-testid=formula]")).isEqualTo("pengeluaran_pemasaran / anggaran_pemasaran * 100");
    String explanation = text("[data-testid=explanation]");
    assertThat(explanation).contains("pengeluaran_pemasaran", "anggaran_pemasaran");
    assertThat(browser.findElements(By.cssSelector(".chart.trend svg"))).isNotEmpty();
    screenshot("indicator-en");
  }

  @Test
  void switching_the_period_on_the_funnel_dashboard_shows_that_periods_results() throws IOException {
    signIn("admin", TestServer.ADMIN_PASSWORD);
    open("/scorecards/funnel-2025?lang=en");
    waitForCharts();
    String before = text("[data-testid=overall-final]");
    Select period = new Select(browser.findElement(By.id("period")));
    assertThat(period.getOptions().size()).isGreaterThan(1);
    period.selectByValue("2025-03");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("period=2025-03"));
    waitForCharts();
    var expected = expect(server.admin().get("/api/v1/scorecards/funnel-2025/results?period=2025-03&lang=en"), 200).json();
    String after = text("[data-testid=overall-final]");
    assertThat(after).isEqualTo(Show.score(Language.EN, expected.get("overall").get("final").asDouble()))
        .isNotEqualTo(before);
    assertThat(new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getText()).isEqualTo("2025-03");
    open("/scorecards/funnel-2025?period=2025&by=channel&lang=en");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Segments: channel", "direct", "partner");
    screenshot("funnel-by-channel");
  }

  @Test
  void a_viewer_of_another_unit_gets_403_alike_for_a_hidden_and_a_missing_scorecard() throws Exception {
    signIn("funnel-viewer", "password-of-funnel-viewer");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("funnel-2025")
        .doesNotContain("rsi-unisma-pemasaran");
    open("/scorecards/rsi-unisma-pemasaran?lang=en");
    String hidden = browser.findElement(By.tagName("main")).getText();
    assertThat(hidden).contains("Not available");
    open("/scorecards/no-such-scorecard?lang=en");
    assertThat(browser.findElement(By.tagName("main")).getText()).isEqualTo(hidden);
    assertThat(statusWithSession("/scorecards/rsi-unisma-pemasaran")).isEqualTo(403);
    assertThat(statusWithSession("/scorecards/no-such-scorecard/indicators/x")).isEqualTo(403);
    assertThat(statusWithSession("/scorecards/funnel-2025")).isEqualTo(200);
  }

  @Test
  void pages_need_a_session_and_the_login_form_speaks_both_languages() throws IOException {
    browser.manage().deleteAllCookies();
    open("/scorecards/rsi-unisma-pemasaran?lang=en");
    assertThat(browser.getCurrentUrl()).contains("/login");
    open("/login?lang=id");
    submitLogin("admin", "wrong-password");
    String indonesian = text("[role=alert]");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk");
    screenshot("login-error-id");
    open("/login?lang=en");
    submitLogin("admin", "wrong-password");
    String english = text("[role=alert]");
    assertThat(indonesian).isNotBlank().isNotEqualTo(english);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
  }

  @Test
  void hostile_names_are_shown_as_text_and_never_run() throws Exception {
    signIn("admin", TestServer.ADMIN_PASSWORD);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(HOSTILE + " card");
    open("/scorecards/hostile?lang=en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE + " card");
    assertThat(browser.findElement(By.cssSelector("table.indicators tbody th a")).getText()).isEqualTo(HOSTILE + " rate");
    browser.findElement(By.cssSelector("table.indicators tbody th a")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE + " rate");
    assertThat(js("return window.__owned === undefined && document.querySelectorAll('main script').length === 0;"))
        .isEqualTo(true);
    // Every form that changes something carries the session's CSRF token; without it the change is refused.
    assertThat(browser.findElements(By.cssSelector("form[method=post] input[name=_csrf]"))).isNotEmpty();
    assertThat(postWithSession("/logout")).isEqualTo(403);
  }

  @Test
  void the_console_check_sees_an_error_when_there_is_one() {
    signIn("admin", TestServer.ADMIN_PASSWORD);
    noConsoleErrors();
    js("console.error('probe for the console check');");
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
        .anyMatch(m -> m.contains("probe for the console check"));
  }

  // --- helpers

  private void signIn(String username, String password) {
    browser.manage().deleteAllCookies();
    open("/login?lang=en");
    submitLogin(username, password);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Typed and sent with the keyboard (Enter), as a person without a mouse does. */
  private void submitLogin(String username, String password) {
    browser.findElement(By.id("username")).sendKeys(username);
    WebElement field = browser.findElement(By.id("password"));
    field.sendKeys(password);
    field.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> js("return document.readyState").equals("complete") && !d.findElements(By.tagName("h1")).isEmpty());
  }

  private void open(String path) {
    noConsoleErrors();
    browser.get("http://127.0.0.1:" + server.server.port() + path);
  }

  /** The page just left (or shown) logged no error in the browser's console (a CSP violation, a script error). */
  @AfterEach
  void noConsoleErrors() {
    if (browser == null) {
      return;
    }
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        // A refused login and a 403 page answer with an error status, which Chromium logs as such.
        .filter(e -> !e.getMessage().contains("the server responded with a status of 4"))
        .map(LogEntry::getMessage).toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void waitForCharts() {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-chart]")).stream()
        .allMatch(e -> "true".equals(e.getAttribute("data-drawn"))));
  }

  private void screenshot(String name) throws IOException {
    Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private int statusWithSession(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private int postWithSession(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("nothing=1")));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.server.port() + path);
  }

  private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
    String cookie = browser.manage().getCookieNamed("kinerja_session").getValue();
    return HttpClient.newHttpClient().send(request.header("Cookie", "kinerja_session=" + cookie).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

}
