package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The AHP page and a questionnaire in a real headless Chromium: sliders moved from the keyboard change the
 * weights and the CR, the most inconsistent pair is marked, comparisons are saved and applied; a respondent
 * without an account answers through a link once and sees the thanks page, and the editor sees the count.
 */
class AhpAndQuestionnaireInBrowserTest extends InBrowser {

  private static final String RSI = "rsi-unisma-pemasaran";

  /**
   * Moves a slider by {@code steps} arrow presses (negative: left), each a request to the server, and waits
   * until the page shows the answer to the last of them (the page numbers its requests in data-computed).
   */
  private void move(String slider, int steps) {
    String before = browser.find("#ahp").getAttribute("data-computed");
    int expected = (before == null ? 0 : Integer.parseInt(before)) + Math.abs(steps);
    WebElement input = browser.find(slider);
    for (int k = 0; k < Math.abs(steps); k++) {
      input.sendKeys(steps < 0 ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT);
    }
    browser.waitUntil(d -> String.valueOf(expected).equals(browser.find("#ahp").getAttribute("data-computed")));
  }

  @Test
  void sliders_change_the_weights_and_the_cr_and_the_most_inconsistent_pair_is_marked() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/" + RSI);
    browser.find("a[href^='/scorecards/" + RSI + "/ahp']").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/ahp"));
    assertThat(browser.findAll(".ahp-pair")).hasSize(6); // 4 perspectives
    assertThat(browser.text("#ahp-weights tbody tr:first-child .ahp-w")).isEqualTo("25.0 %");
    assertThat(browser.text("#ahp-cr")).contains("CR 0.000", "consistent");

    move("#s-0-1", -4); // Keuangan 5 × Pelanggan
    browser.waitUntil(d -> !browser.text("#ahp-weights tbody tr:first-child .ahp-w").equals("25.0 %"));
    assertThat(browser.text("#pair-0-1 .ahp-say")).contains("Keuangan is strongly more important than Pelanggan (5)");
    double first = Double.parseDouble(browser.text("#ahp-weights tbody tr:first-child .ahp-w").replace(" %", ""));
    assertThat(first).isGreaterThan(25);

    move("#s-1-2", -4); // Pelanggan 5 × Proses
    move("#s-0-2", 4); // and yet Proses 5 × Keuangan: a contradiction
    browser.waitUntil(d -> browser.text("#ahp-cr").contains("inconsistent"));
    assertThat(browser.findAll(".ahp-pair.worst")).hasSize(1);
    WebElement worst = browser.find(".ahp-pair.worst");
    assertThat(worst.findElement(org.openqa.selenium.By.cssSelector(".ahp-flag")).isDisplayed()).isTrue();
    assertThat(worst.getText()).contains("Most inconsistent judgement", "while the weights imply");
    browser.screenshot("ahp-inconsistent-desktop-en");

    move("#s-0-2", -4); // back to equal,
    move("#s-1-2", 4); // and equal,
    move("#s-0-1", 3); // and Keuangan only 2 × Pelanggan: consistent again
    browser.waitUntil(d -> !browser.text("#ahp-cr").contains("inconsistent"));
    browser.find("#ahp-save").click();
    browser.waitUntil(d -> browser.findAll("#ahp-respondents").size() == 1);
    assertThat(browser.text("#ahp-respondents")).contains("1 respondents", "admin");
    assertThat(browser.find("#s-0-1").getAttribute("value")).isEqualTo("-1");
    browser.resize(390, 1400);
    browser.screenshot("ahp-phone-en");
    browser.resize(1280, 1000);

    browser.find("#ahp-apply").click();
    browser.waitUntil(d -> browser.findAll(".ahp-note").size() == 1);
    assertThat(browser.text(".ahp-note")).contains("version 2");
    browser.get("/scorecards/" + RSI + "/ahp?lang=id");
    assertThat(browser.text("#ahp-cr")).contains("CR 0,");
    assertThat(browser.text("#pair-0-1 .ahp-say")).contains("Keuangan sedikit lebih penting daripada Pelanggan (2)");
    browser.screenshot("ahp-desktop-id");
  }

  @Test
  void an_editor_publishes_a_questionnaire_with_the_form() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/" + RSI + "?lang=id");
    browser.find("a[href^='/scorecards/" + RSI + "/questionnaires']").click();
    browser.waitUntil(d -> browser.findAll("#q-create").size() == 1);
    assertThat(browser.find("#q-survey").getAttribute("value")).isEqualTo("kepuasan_karyawan");
    assertThat(browser.find("#q-period").getAttribute("value")).isEqualTo("2014");
    browser.find("#q-title").sendKeys("Survei singkat");
    browser.find("#q-questions").sendKeys("Saya betah bekerja di sini", Keys.ENTER, "Saya mendapat pelatihan yang cukup");
    browser.resize(390, 1200);
    browser.screenshot("questionnaire-publish-phone-id");
    browser.resize(1280, 1000);
    browser.find("#q-create").click();
    browser.waitUntil(d -> browser.findAll("#q-responses").size() == 1);
    assertThat(browser.text("h1")).isEqualTo("Survei singkat");
    assertThat(browser.text("#q-responses")).isEqualTo("Jawaban masuk: 0");
    assertThat(browser.findAll(".q-table tbody tr")).hasSize(2);
  }

  @Test
  void a_respondent_without_an_account_answers_once_and_the_editor_sees_the_count() throws IOException {
    Http admin = server.admin();
    String id = expect(admin.post("/api/v1/scorecards/" + RSI + "/questionnaires", "{\"survey\": \"kepuasan_karyawan\","
        + " \"period\": \"2014\", \"title\": \"Kepuasan karyawan 2014\", \"questions\": [\"Saya puas dengan gaji saya\","
        + " \"Atasan saya mendukung saya\", \"Saya ingin tetap bekerja di sini\"]}"), 201).json().get("id").asText();
    String token = expect(admin.post("/api/v1/questionnaires/" + id + "/links", "{\"count\": 2}"), 201).json()
        .get("links").get(0).get("token").asText();

    browser.driver.manage().deleteAllCookies(); // a stranger: no session at all
    browser.get("/q/" + token + "?lang=id");
    assertThat(browser.text("h1")).isEqualTo("Kepuasan karyawan 2014");
    assertThat(browser.findAll("fieldset.q-item")).hasSize(3);
    assertThat(browser.findAll("input[type=radio]")).allSatisfy(r -> assertThat(r.getAttribute("id")).isNotBlank());
    browser.find("label[for=a1-4]").click();
    browser.find("label[for=a2-5]").click();
    browser.screenshot("questionnaire-respondent-desktop-id");
    browser.find("#q-submit").click(); // the third is missing: the browser itself asks for it (required)
    assertThat(browser.driver.getCurrentUrl()).contains("/q/");
    browser.find("#a3-1").sendKeys(Keys.SPACE); // chosen from the keyboard
    browser.find("#a3-1").sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // moves to 3
    assertThat(browser.find("#a3-3").isSelected()).isTrue();
    browser.resize(390, 1200);
    browser.screenshot("questionnaire-respondent-phone-id");
    browser.resize(1280, 1000);
    browser.find("#q-submit").click();
    browser.waitUntil(d -> browser.findAll(".q-thanks").size() == 1);
    assertThat(browser.text(".q-thanks h1")).isEqualTo("Terima kasih");
    browser.screenshot("questionnaire-thanks-id");
    browser.get("/q/" + token + "?lang=en");
    assertThat(browser.text("#q-unavailable")).contains("already been used");
    browser.get("/q/not-a-token?lang=en");
    assertThat(browser.text("#q-unavailable")).contains("not valid");

    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.get("/scorecards/" + RSI + "?period=2014&lang=en");
    assertThat(browser.text("#surveys tbody tr")).contains("kepuasan_karyawan", "5"); // 4 in the survey file, 1 by link
    browser.js("document.getElementById('surveys').scrollIntoView()");
    browser.screenshot("dashboard-surveys-en");
    browser.get("/scorecards/" + RSI + "/questionnaires?lang=en");
    browser.find("a[href^='/scorecards/" + RSI + "/questionnaires/" + id + "']").click();
    browser.waitUntil(d -> browser.findAll("#q-responses").size() == 1);
    assertThat(browser.text("#q-responses")).isEqualTo("Responses: 1");
    assertThat(browser.text("#q-total")).isEqualTo("12");
    assertThat(browser.text("#q-mean")).isEqualTo("4.00");
    assertThat(browser.text("#q-index")).isEqualTo("80.00 %");
    assertThat(browser.text("#q-link-counts")).contains("2 links made, 1 answered");
    browser.find("#q-make-links").click();
    browser.waitUntil(d -> browser.findAll(".q-link").size() == 5);
    browser.screenshot("questionnaire-editor-desktop-en");
    browser.resize(390, 1400);
    browser.screenshot("questionnaire-editor-phone-en");
    browser.resize(1280, 1000);
    browser.find("#q-close").click();
    browser.waitUntil(d -> d.findElements(org.openqa.selenium.By.id("q-close")).isEmpty());
    assertThat(browser.text("h1 + p.meta")).contains("closed");
    assertThat(browser.findAll("#q-make-links")).isEmpty();
  }
}
