package io.kinerja.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Not a check but the screenshots command ({@code scripts/screenshots.sh}): every page listed in {@code
 * docs/screenshots/pages.txt}, in Indonesian and English, at phone and desktop width, photographed whole in a
 * real headless Chromium against the demo (the cases {@code kinerja serve --demo} loads). Runs only when
 * {@code -Dkinerja.screenshots=FOLDER} names where the pictures go; each page must answer without a console
 * error and without a 4xx/5xx title, or the command fails.
 */
@EnabledIfSystemProperty(named = "kinerja.screenshots", matches = ".+")
class ScreenshotsTest {

  private record Page(String name, String path, boolean signedOut) {}

  private static final int PHONE = 390;
  private static final int DESKTOP = 1280;

  @Test
  void every_listed_page_is_photographed_in_both_languages_at_phone_and_desktop_width() throws IOException {
    Path out = Path.of(System.getProperty("kinerja.screenshots"));
    Files.createDirectories(out);
    List<Page> pages = pages(out.resolve("pages.txt"));
    assertThat(pages).as("pages in " + out.resolve("pages.txt")).isNotEmpty();
    try (TestServer server = TestServer.withDemo(Store.Engine.SQLITE, Path.of("../examples"));
        Browser browser = Browser.open(server)) {
      for (boolean signedOut : new boolean[] {true, false}) {
        if (!signedOut) {
          browser.signIn("admin", TestServer.ADMIN_PASSWORD);
        }
        for (Page page : pages) {
          if (page.signedOut() != signedOut) {
            continue;
          }
          for (String lang : List.of("id", "en")) {
            for (int width : new int[] {PHONE, DESKTOP}) {
              take(browser, page, lang, width, out);
            }
          }
        }
      }
    }
  }

  private static void take(Browser browser, Page page, String lang, int width, Path out) throws IOException {
    browser.resize(width, 900);
    browser.get(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + lang);
    browser.waitUntil(d -> "complete".equals(browser.js("return document.readyState")));
    browser.waitForCharts();
    browser.waitUntil(d -> browser.findAll("[data-dash-chart]").stream()
        .allMatch(e -> "true".equals(e.getAttribute("data-drawn"))));
    assertThat(browser.driver.getTitle()).as(page.path()).doesNotContain("403", "404", "500");
    // The whole page, also what lies below the window: Chromium's own full-page capture (DevTools protocol).
    ChromeDriver chrome = (ChromeDriver) browser.driver;
    Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
    Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    String file = page.name() + "-" + lang + "-" + (width == PHONE ? "phone" : "desktop") + ".png";
    Files.write(out.resolve(file), Base64.getDecoder().decode((String) shot.get("data")));
    browser.noConsoleErrors();
  }

  private static List<Page> pages(Path list) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(list)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      pages.add(new Page(parts[0], parts[1], parts.length > 2 && parts[2].equals("signed-out")));
    }
    return pages;
  }
}
