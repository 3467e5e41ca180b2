package io.kinerja.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The management pages in headless Chromium, used as an organisation admin would: a unit, a user with a
 * viewer's role, a scorecard from the sales-funnel template; then the new user signs in and sees only that
 * scorecard. Forms are filled and sent with the keyboard; no console errors under the CSP.
 */
class AdminInBrowserTest extends InBrowser {

  @Test
  void an_admin_sets_up_a_unit_a_viewer_and_a_scorecard_which_the_viewer_alone_sees() throws IOException {
    browser.resize(1280, 1000);
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.find("a.manage-link").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/admin"));
    browser.find(".admin-nav a[href^='/admin/units']").click();
    browser.waitUntil(d -> !d.findElements(By.id("new-unit-id")).isEmpty());

    new Select(browser.find("#new-unit-parent")).selectByValue("");
    new Select(browser.find("#new-unit-kind")).selectByValue("company");
    browser.find("#new-unit-id").sendKeys("acme");
    type("#new-unit-name", "Acme Corp");
    assertThat(browser.text(".tree")).contains("Acme Corp");
    new Select(browser.find("#new-unit-parent")).selectByValue("acme");
    new Select(browser.find("#new-unit-kind")).selectByValue("division");
    browser.find("#new-unit-id").sendKeys("acme-sales");
    type("#new-unit-name", "Acme Sales");
    assertThat(browser.find("li[data-unit='acme-sales']").getText()).contains("Acme Sales");

    // An id already taken: the server's message beside the field, the values kept.
    browser.find("#new-unit-id").sendKeys("acme");
    type("#new-unit-name", "Acme again");
    assertThat(browser.find("#new-unit-name").getAttribute("value")).isEqualTo("Acme again");
    assertThat(browser.find("#new-unit-id-error").getText()).isNotBlank();
    assertThat(browser.find("#new-unit-id").getAttribute("aria-describedby")).isEqualTo("new-unit-id-error");
    browser.screenshot("admin-units-desktop");

    browser.get("/admin/users?lang=en");
    browser.find("#new-user-username").sendKeys("sari");
    type("#new-user-password", "sari-password-1");
    assertThat(browser.find("tr[data-user='sari']").getText()).contains("sari");
    new Select(browser.find("#grant-username")).selectByValue("sari");
    new Select(browser.find("#grant-unit")).selectByValue("acme-sales");
    new Select(browser.find("#grant-role")).selectByValue("viewer");
    press(browser.find("form[action^='/admin/grants?'] button[type=submit]"));
    assertThat(browser.find("tr[data-user='sari']").getText()).contains("Viewer · acme-sales");
    browser.screenshot("admin-users-desktop");

    browser.get("/admin/scorecards?lang=en");
    new Select(browser.find("#from-template-unit")).selectByValue("acme-sales");
    browser.find("label[for='template-sales-funnel']").click();
    assertThat(browser.find("label[for='template-sales-funnel']").getText()).contains("funnel");
    browser.find("#from-template-id").sendKeys("acme-funnel");
    type("#from-template-name", "Acme funnel");
    // Made: back on the home page, which lists it.
    browser.waitUntil(d -> d.getCurrentUrl().matches(".*/\\?lang=en$"));
    assertThat(browser.text(".cards-list")).contains("Acme funnel");
    browser.screenshot("admin-home-with-new-scorecard");

    browser.signIn("sari", "sari-password-1");
    List<WebElement> cards = browser.findAll(".cards-list li");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getText()).contains("Acme funnel");
    browser.get("/admin/units?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("Not available");
    browser.get("/admin?lang=en");
    assertThat(browser.findAll(".admin-nav a")).extracting(WebElement::getText).containsExactly("My account");
  }

  @Test
  void the_pages_fit_a_phone_and_read_in_indonesian() throws IOException {
    browser.signIn("admin", TestServer.ADMIN_PASSWORD);
    browser.resize(390, 844);
    for (String page : List.of("units", "users", "audit", "scorecards")) {
      browser.get("/admin/" + page + "?lang=id");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("id");
      assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as(page).isLessThanOrEqualTo(390L);
      browser.screenshot("admin-" + page + "-390");
    }
    browser.get("/account?lang=id");
    press(browser.find("form[action^='/account/tokens?'] button"));
    assertThat(browser.find("#new-token").getAttribute("value")).startsWith("kin_");
    browser.screenshot("admin-account-390");
    browser.resize(1280, 1000);
  }

  /** Types into a field and sends its form with Enter, then waits for the next page. */
  private void type(String css, String text) {
    WebElement field = browser.find(css);
    field.sendKeys(text);
    press(field);
  }

  /** Enter on a field or button, then waits until the next page has replaced this one. */
  private void press(WebElement field) {
    field.sendKeys(Keys.ENTER);
    browser.waitUntil(d -> {
      try {
        field.isDisplayed();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        // stale, or (as Chromium sometimes says it while the next page loads) "does not belong to the document"
        return true;
      }
    });
  }
}
