package io.kinerja.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through the system's chromedriver (never a downloaded driver), pointed
 * at one test server: the shared fixture of every browser test. Without Chromium it skips with a message,
 * except under CI, where it fails. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver driver;
  private final TestServer server;
  private final Path shots;

  private Browser(WebDriver driver, TestServer server, Path shots) {
    this.driver = driver;
    this.server = server;
    this.shots = shots;
  }

  /** Skips the calling test class (or fails under CI) when Chromium or its driver is missing. */
  static void assumePresent() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs them");
    }
    Assumptions.assumeTrue(present, "skipped: the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver)");
  }

  static Browser open(TestServer server) throws IOException {
    assumePresent();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US",
        "--user-data-dir=" + Files.createTempDirectory("kinerja-chromium"), "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return new Browser(driver, server, Files.createDirectories(Path.of("target/screenshots")));
  }

  void signIn(String username, String password) {
    driver.manage().deleteAllCookies();
    get("/login?lang=en");
    submitLogin(username, password);
    waitUntil(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Typed and sent with the keyboard (Enter), as a person without a mouse does. */
  void submitLogin(String username, String password) {
    WebElement before = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("username")).sendKeys(username);
    WebElement field = driver.findElement(By.id("password"));
    field.sendKeys(password);
    field.sendKeys(Keys.ENTER);
    // The answer is a new page (the form again with its error, or where the sign-in leads): wait until the
    // page typed into has gone, or a busy machine reads the old page's elements.
    waitUntil(ExpectedConditions.stalenessOf(before)::apply);
    waitUntil(d -> js("return document.readyState").equals("complete") && !d.findElements(By.tagName("h1")).isEmpty());
  }

  /** Opens a page of the server, after checking that the page being left logged no console error. */
  void get(String path) {
    noConsoleErrors();
    driver.get(url(path));
  }

  /** The page just left (or shown) logged no error in the browser's console (a CSP violation, a script error). */
  void noConsoleErrors() {
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        // A refused login, a 403 page or a refused change answer with an error status, which Chromium logs.
        .filter(e -> !e.getMessage().contains("the server responded with a status of 4"))
        .map(LogEntry::getMessage).toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  List<LogEntry> consoleEntries() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
  }

  /** Waits until every ECharts chart on the page has drawn (the page marks each with data-drawn). */
  void waitForCharts() {
    waitUntil(d -> d.findElements(By.cssSelector("[data-chart]")).stream()
        .allMatch(e -> "true".equals(e.getAttribute("data-drawn"))));
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  void screenshot(String name) throws IOException {
    Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** The status of a GET sent outside the browser with the browser's session cookie. */
  int statusWithSession(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  /** The status of a form POST sent with the browser's session cookie but without its CSRF token. */
  int postWithSession(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("nothing=1")));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.server.port() + path;
  }

  private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
    String cookie = driver.manage().getCookieNamed("kinerja_session").getValue();
    return HttpClient.newHttpClient().send(request.header("Cookie", "kinerja_session=" + cookie).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
