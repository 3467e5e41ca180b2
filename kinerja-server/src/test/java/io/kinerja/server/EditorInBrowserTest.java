package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The scorecard editor and the strategy map in a real headless Chromium: a formula typed wrong is marked
 * at its line and column as it is typed, fixed, saved as a new version whose diff shows the change; an
 * upload with an error is refused with its position; the map draws coloured boxes and cause arrows and
 * leads from a box to its indicators; viewers cannot edit. No console errors on any page.
 */
class EditorInBrowserTest extends InBrowser {

  private static final String HOSTILE = "<script>window.__owned=1</script><img src=x onerror=window.__owned=2>";

  private Http admin;

  @Override
  void prepare() {
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"planning\", \"name\": \"Planning\", \"kind\": \"unit\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/planning/scorecards", Strategic.upload("strategy")), 201);
    expect(admin.multipart("POST", "/api/v1/units/planning/scorecards", Strategic.upload("uploads")), 201);
    expect(admin.multipart("POST", "/api/v1/units/planning/scorecards", Strategic.upload("mapped")), 201);
    String hostile = Strategic.yaml("hostile").replace("name: Grow revenue", "name: \"" + HOSTILE + "\"")
        .replace("name: Customer", "name: \"</textarea>" + HOSTILE + "\"");
    var parts = Strategic.upload("hostile");
    parts.put("scorecard", java.util.Map.entry("scorecard.yaml", hostile.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/planning/scorecards", parts), 201);
    expect(admin.multipart("POST", "/api/v1/units/planning/scorecards", Strategic.upload("contested")), 201);
    expect(admin.multipart("POST", "/api/v1/units/planning/scorecards", Strategic.upload("fields")), 201);
    server.user("planning-viewer", "planning", "viewer");
  }

  @AfterEach
  void backToDesktopWidth() {
    if (browser != null) {
      browser.resize(1280, 1000);
    }
  }

  private WebElement area() {
    return browser.find("textarea#yaml");
  }

  /** Selects {@code old} (its first occurrence) in the editor and types {@code typed} over it, key by key. */
  private void typeOver(String old, String typed) {
    WebElement area = area();
    String text = (String) browser.js("return arguments[0].value", area);
    int at = text.indexOf(old);
    assertThat(at).as(old).isNotNegative();
    browser.js("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);", area, at,
        at + old.length());
    new Actions(browser.driver).sendKeys(typed).perform();
  }

  private String status() {
    return browser.text("#check-status");
  }

  @Test
  void a_formula_typed_wrong_is_marked_at_its_position_then_fixed_saved_as_a_new_version_and_shown_in_the_diff()
      throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/strategy/edit?lang=en");
    browser.waitUntil(d -> status().startsWith("No problems"));
    assertThat(browser.findAll("#outline li")).extracting(WebElement::getText).contains("Learning and growth line 25",
        "A skilled sales team line 28\nDrives: win_customers, grow_revenue");
    browser.findAll("#outline li.outline-indicator").get(1).findElement(By.cssSelector("button")).click();
    assertThat(browser.text("#cursor")).isEqualTo("line 24, column 54");
    typeOver("won / leads", "won / leeds");
    browser.waitUntil(d -> status().equals("1 problem(s) found"));
    WebElement problem = browser.find("#problems li.problem.error");
    // line 24 is "          - { id: win_rate, name: Win rate, formula: won / leads * 100, …": "leeds" starts at column 60
    assertThat(problem.getAttribute("data-line")).isEqualTo("24");
    assertThat(problem.getAttribute("data-column")).isEqualTo("60");
    assertThat(problem.getText()).contains("line 24, column 60", "unknown name 'leeds'");
    String mark = browser.text("#problems li.problem .mark");
    assertThat(mark.lines().toList()).hasSize(2);
    assertThat(mark.lines().toList().get(1).indexOf('^')).isEqualTo(mark.lines().toList().get(0).indexOf("leeds"));
    assertThat(area().getAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshot("editor-error-en");
    problem.findElement(By.cssSelector("button.where")).click();
    assertThat(browser.js("var a = arguments[0]; return a.value.substring(a.selectionStart, a.selectionEnd)", area()))
        .isEqualTo("leeds");
    assertThat(browser.text("#cursor")).isEqualTo("line 24, column 60");

    typeOver("won / leeds", "won / leads");
    browser.waitUntil(d -> status().startsWith("No problems"));
    typeOver("target: \">= 40\"", "target: \">= 35\"");
    browser.waitUntil(d -> status().startsWith("No problems"));
    browser.find("[data-testid=save]").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/versions"));
    assertThat(browser.text("[data-testid=saved]")).isEqualTo("Saved as version 2.");
    assertThat(browser.findAll("[data-testid=versions] tbody tr")).hasSize(2);
    assertThat(browser.text("[data-testid=versions] tbody tr")).startsWith("2").contains("admin");
    assertThat(browser.text("[data-testid=diff-summary]")).startsWith("+1 / −1");
    assertThat(browser.text("[data-testid=diff] tr.removed")).contains("target: \">= 40\"");
    assertThat(browser.text("[data-testid=diff] tr.added")).contains("target: \">= 35\"");
    browser.screenshot("versions-diff-en");
    // Saved byte for byte as typed: the browser's CRLF line ends went back to the file's LF.
    byte[] stored = expect(admin.get("/api/v1/scorecards/strategy", "application/yaml"), 200).bytes();
    assertThat(new String(stored, StandardCharsets.UTF_8))
        .isEqualTo(Strategic.yaml("strategy").replace("target: \">= 40\"", "target: \">= 35\""));
    JsonNode versions = expect(admin.get("/api/v1/scorecards/strategy/versions"), 200).json();
    assertThat(versions.get(1).get("created_by").asText()).isEqualTo("admin");
  }

  @Test
  void an_uploaded_file_with_an_error_is_refused_with_its_line_and_column_and_a_good_one_becomes_a_version()
      throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/uploads/edit?lang=id");
    Path bad = Files.createTempFile("scorecard", ".yaml");
    Files.writeString(bad, Strategic.yaml("uploads").replace("won / leads", "won / lead"));
    browser.find("#scorecard-file").sendKeys(bad.toString());
    browser.find(".upload-form button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=editor-notice]")).isEmpty());
    assertThat(browser.text("[data-testid=editor-notice]")).contains("Tidak disimpan", ":24:", "lead");
    assertThat((String) browser.js("return arguments[0].value", area())).contains("won / lead *");
    assertThat(expect(admin.get("/api/v1/scorecards/uploads/versions"), 200).json()).hasSize(1);
    browser.screenshot("editor-upload-refused-id");
    Path good = Files.createTempFile("scorecard", ".yaml");
    Files.writeString(good, Strategic.yaml("uploads").replace("name: Strategy uploads", "name: Strategy uploaded"));
    browser.find("#scorecard-file").sendKeys(good.toString());
    browser.find(".upload-form button[type=submit]").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/versions"));
    assertThat(browser.text("[data-testid=saved]")).isEqualTo("Disimpan sebagai versi 2.");
    assertThat(browser.text("[data-testid=diff] tr.added")).contains("name: Strategy uploaded");
  }

  @Test
  void the_strategy_map_colours_each_objective_draws_its_causes_and_leads_to_its_indicators() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/mapped?period=2024&lang=en");
    browser.waitForCharts();
    browser.driver.findElement(By.linkText("Strategy map")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/map"));
    List<WebElement> boxes = browser.findAll("svg.strategy-map.wide a.box");
    assertThat(boxes).extracting(b -> b.getAttribute("data-box"))
        .containsExactly("grow_revenue", "win_customers", "skilled_sales");
    // revenue 120 of 100 (capped at 1.2), win rate 30 % of 40, trained 20 % of 80: three categories, three colours
    assertThat(boxes).extracting(b -> b.getAttribute("data-tone")).doesNotContain("none").doesNotHaveDuplicates();
    List<Object> fills = List.of(
        browser.js("return getComputedStyle(arguments[0].querySelector('rect')).fill", boxes.get(0)),
        browser.js("return getComputedStyle(arguments[0].querySelector('rect')).fill", boxes.get(2)));
    assertThat(fills.get(0)).isNotEqualTo(fills.get(1));
    assertThat(browser.findAll("svg.strategy-map.wide path.cause")).extracting(p -> p.getAttribute("data-from") + ">"
        + p.getAttribute("data-to")).containsExactlyInAnyOrder("win_customers>grow_revenue", "skilled_sales>win_customers",
            "skilled_sales>grow_revenue");
    // lanes top to bottom in the scorecard's order: a cause below points up to its effect
    double grow = (double) (Number) browser.js("return arguments[0].getBoundingClientRect().top", boxes.get(0));
    double skilled = (double) (Number) browser.js("return arguments[0].getBoundingClientRect().top", boxes.get(2));
    assertThat(grow).isLessThan(skilled);
    browser.screenshot("map-en");
    browser.resize(390, 844);
    // On a phone the narrow drawing shows instead, with the same boxes and arrows, at a readable size.
    assertThat(browser.find("svg.strategy-map.wide").isDisplayed()).isFalse();
    WebElement narrow = browser.find("svg.strategy-map.narrow");
    assertThat(narrow.isDisplayed()).isTrue();
    assertThat(narrow.findElements(By.cssSelector("a.box"))).hasSize(3);
    assertThat(narrow.findElements(By.cssSelector("path.cause"))).hasSize(3);
    assertThat(narrow.getSize().getWidth()).isLessThanOrEqualTo(390);
    browser.js("arguments[0].scrollIntoView()", narrow);
    browser.screenshot("map-phone-en");
    browser.resize(1280, 1000);
    boxes.get(1).click();
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("#o-win_customers"));
    WebElement target = browser.find("#o-win_customers");
    assertThat(target.getText()).contains("Win more customers", "Drives:", "Grow revenue", "Win rate");
    target.findElement(By.linkText("Win rate")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/indicators/win_rate"));
    assertThat(browser.text("h1")).isEqualTo("Win rate");
  }

  @Test
  void a_scorecard_without_objectives_maps_its_indicators_in_indonesian_and_each_box_opens_its_explanation()
      throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/rsi-unisma-pemasaran/map?period=2014&lang=id");
    assertThat(browser.text("h1")).startsWith("Peta strategi");
    assertThat(browser.findAll("svg.strategy-map.wide g.lane")).hasSize(4);
    assertThat(browser.findAll("svg.strategy-map.wide a.box.indicator")).hasSize(14);
    assertThat(browser.findAll("svg.strategy-map.wide path.cause")).isEmpty();
    browser.screenshot("map-rsi-id");
    browser.resize(390, 844);
    browser.js("arguments[0].scrollIntoView()", browser.find("svg.strategy-map.narrow"));
    browser.screenshot("map-rsi-phone-id");
    browser.get("/scorecards/rsi-unisma-pemasaran/edit?lang=id");
    browser.waitUntil(d -> status().startsWith("Tidak ada masalah"));
    // nothing sticks out sideways on a phone: the file scrolls inside its own box
    assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    browser.screenshot("editor-phone-id");
    browser.resize(1280, 1000);
    browser.get("/scorecards/rsi-unisma-pemasaran/map?period=2014&lang=id");
    browser.find("svg.strategy-map.wide a.box[data-box=rasio_ekonomi]").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/indicators/rasio_ekonomi"));
    assertThat(browser.text("[data-testid=formula]")).isEqualTo("pengeluaran_pemasaran / anggaran_pemasaran * 100");
  }

  @Test
  void a_viewer_cannot_edit_a_missing_scorecard_looks_the_same_and_a_change_without_the_csrf_token_is_refused()
      throws Exception {
    browser.signIn("planning-viewer", "password-of-planning-viewer");
    browser.get("/scorecards/strategy?period=2024&lang=en");
    browser.waitForCharts();
    assertThat(browser.driver.findElements(By.linkText("Edit the scorecard"))).isEmpty();
    assertThat(browser.driver.findElements(By.linkText("Versions"))).hasSize(1);
    assertThat(browser.statusWithSession("/scorecards/strategy/edit")).isEqualTo(403);
    assertThat(browser.statusWithSession("/scorecards/no-such-card/edit")).isEqualTo(403);
    assertThat(browser.statusWithSession("/scorecards/strategy/versions")).isEqualTo(200);
    browser.get("/scorecards/strategy/edit?lang=en");
    assertThat(browser.text("h1")).isEqualTo("Not available");
    String forbidden = browser.text("main");
    browser.get("/scorecards/no-such-card/edit?lang=en");
    assertThat(browser.text("main")).isEqualTo(forbidden);
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    String before = server.snapshot();
    assertThat(browser.postWithSession("/scorecards/strategy/edit")).isEqualTo(403);
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void names_with_markup_are_shown_as_text_on_the_map_and_in_the_editor_and_nothing_runs() {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/hostile/map?period=2024&lang=en");
    assertThat(browser.js("return window.__owned === undefined")).isEqualTo(true);
    assertThat(browser.find("svg.strategy-map.wide a.box[data-box=grow_revenue]").getAttribute("aria-label"))
        .startsWith(HOSTILE);
    assertThat(browser.text("#o-grow_revenue")).contains(HOSTILE);
    browser.get("/scorecards/hostile/edit?lang=en");
    browser.waitUntil(d -> status().startsWith("No problems"));
    assertThat(browser.js("return window.__owned === undefined")).isEqualTo(true);
    assertThat((String) browser.js("return arguments[0].value", area())).isEqualTo(
        expect(admin.get("/api/v1/scorecards/hostile", "application/yaml"), 200).body());
    assertThat(browser.findAll("#outline li")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).startsWith(HOSTILE));
  }

  @Test
  void a_save_over_a_version_someone_else_saved_meanwhile_is_refused_and_the_text_is_kept() {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/contested/edit?lang=en");
    browser.waitUntil(d -> status().startsWith("No problems"));
    expect(admin.send("PUT", "/api/v1/scorecards/contested", "application/yaml",
        Strategic.yaml("contested").replace("name: Financial", "name: Finance").getBytes(StandardCharsets.UTF_8)), 200);
    typeOver("name: Customer", "name: Customers");
    browser.find("[data-testid=save]").click();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=editor-notice]")).isEmpty());
    assertThat(browser.text("[data-testid=editor-notice]")).contains("Version 2 was saved by someone else");
    assertThat((String) browser.js("return arguments[0].value", area())).contains("name: Customers", "name: Financial");
    assertThat(expect(admin.get("/api/v1/scorecards/contested/versions"), 200).json()).hasSize(2);
  }

  @Test
  void an_indicators_formula_edited_in_its_field_is_checked_as_typed_and_written_in_place_of_the_old_value()
      throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/fields/edit?lang=en");
    browser.waitUntil(d -> status().startsWith("No problems"));
    browser.find("#outline button.edit-fields[aria-label='Fields: Win rate']").click();
    WebElement formula = browser.find("#ff-formula");
    assertThat(formula.getAttribute("value")).isEqualTo("won / leads * 100");
    assertThat(browser.find("#ff-target").getAttribute("value")).isEqualTo(">= 40");
    assertThat(browser.find(".ff-row[data-field=weight]").isDisplayed()).isFalse();
    formula.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "won / leeds * 100");
    browser.waitUntil(d -> browser.text("[data-testid=formula-problem]").contains("leeds"));
    assertThat(browser.text("[data-testid=formula-problem] .message")).startsWith("column 7: unknown name 'leeds'");
    List<String> mark = browser.text("[data-testid=formula-problem] .mark").lines().toList();
    assertThat(mark.get(0)).isEqualTo("won / leeds * 100");
    assertThat(mark.get(1)).isEqualTo("      ^");
    assertThat(formula.getAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshot("editor-field-error-en");
    formula.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "won / leads * 100");
    WebElement target = browser.find("#ff-target");
    target.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), ">= 45");
    browser.waitUntil(d -> browser.text("#ff-status").startsWith("No problems"));
    assertThat(browser.text("[data-testid=formula-problem]")).isEmpty();
    browser.find("#ff-apply").click();
    String expected = Strategic.yaml("fields").replace("target: \">= 40\"", "target: \">= 45\"");
    assertThat((String) browser.js("return arguments[0].value", area())).isEqualTo(expected);
    browser.waitUntil(d -> status().startsWith("No problems"));
    browser.find("[data-testid=save]").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/versions"));
    assertThat(expect(admin.get("/api/v1/scorecards/fields", "application/yaml"), 200).body()).isEqualTo(expected);
  }
}
