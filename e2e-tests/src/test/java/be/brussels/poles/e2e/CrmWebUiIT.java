package be.brussels.poles.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The shared CRM web UI in headless Chromium against the platform as {@code make run} starts it: users of different
 * agencies log in through Keycloak, search, open a company's 360 view, act through the pole forms, see another
 * agency's confidential entry redacted, switch the language. Every main screen gets a screenshot and an axe-core
 * check that fails on serious or critical violations.
 */
class CrmWebUiIT {

  private static final By SEARCH = By.cssSelector("input[role=combobox]");
  private static final By COMPANY_NAME = By.id("company-name");

  @Test
  void anAdviserSearchesOpensThe360AndOpensAGuidanceFileThroughTheForm() {
    String name = "Atelier Vélo Flagey " + System.nanoTime() % 10_000;
    String number = Companies.registered(name);
    String note = "Owner wants to double the workshop; confidential plan " + System.nanoTime();

    try (Browser browser = Browser.open()) {
      browser.driver.get(browser.gateway.resolve("/").toString());
      browser.waitFor(By.id("login-title"));
      accessible(browser, "login");
      browser.screenshot("01-login");

      browser.login("marc.advisor", "Marc Dubois");
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=user-agency]")).getText())
          .isEqualTo("hub.brussels impulse");
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=user-roles]")).getText())
          .isEqualTo("advisor");

      // search first: the number in the dotted notation, results as you type, the keyboard opens the company
      WebElement search = browser.waitFor(SEARCH);
      search.sendKeys(dotted(number).substring(0, 7));
      browser.waitForText(By.cssSelector(".search .hint"), "of 10 digits typed");
      search.sendKeys(dotted(number).substring(7));
      browser.waitFor(By.cssSelector("[role=option][aria-selected=true]"));
      assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(browser.driver.findElement(By.cssSelector("[role=option]")).getText()).contains(name);
      accessible(browser, "search");
      browser.screenshot("02-search-results");
      search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

      browser.waitForText(COMPANY_NAME, name);
      assertThat(browser.driver.getCurrentUrl()).endsWith("/companies/" + number);
      browser.waitUntil(driver -> driver.findElements(By.cssSelector("[data-testid=pole-guidance] .loading")).isEmpty());

      // the form validates as you type, and shows the server's field error for a number the CRM does not know
      browser.driver.findElement(By.linkText("Open a guidance file")).click();
      WebElement numberField = browser.waitFor(By.id("enterpriseNumber"));
      replaceText(numberField, dotted(number) + "1");
      browser.waitForText(By.cssSelector("[data-testid=enterpriseNumber-error]"), "enterprise number");
      replaceText(numberField, Companies.freshNumber());
      new Select(browser.driver.findElement(By.id("packageType"))).selectByValue("CREATION");
      browser.driver.findElement(By.id("note")).sendKeys(note);
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      browser.waitForText(By.cssSelector("[data-testid=enterpriseNumber-error]"), "is not registered in the CRM");
      assertThat(numberField.getAttribute("aria-invalid")).isEqualTo("true");
      accessible(browser, "guidance-form-error");
      browser.screenshot("03-guidance-form-server-error");

      replaceText(numberField, number);
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      browser.waitForText(COMPANY_NAME, name);
      browser.waitForText(By.cssSelector("[data-testid=pole-guidance] table"), "Creation package");
      awaitJourneyEntry(browser, "Guidance file opened");
      assertThat(browser.driver.getPageSource()).contains(note);
      accessible(browser, "company-360");
      browser.screenshot("04-company-360-adviser");

      browser.driver.findElement(By.linkText("Guidance files")).click();
      browser.waitForText(By.id("list-title"), "Guidance files");
      browser.waitFor(By.cssSelector("table tbody tr"));
      accessible(browser, "guidance-file-list");
      browser.screenshot("05-guidance-file-list");
    }

    // another agency reads the same 360: the impulse file's note is confidential to impulse. (Finance holds a
    // demo sharing grant from impulse, so citydev, without one, is the reader who sees the entry redacted.)
    try (Browser browser = Browser.open()) {
      browser.login("tom.citydev", "Tom Lambert");
      open360(browser, number, name);
      awaitJourneyEntry(browser, "Guidance file opened");
      WebElement redacted = browser.waitFor(By.cssSelector("[data-testid=redacted]"));
      assertThat(redacted.getText()).containsIgnoringCase("Redacted").contains("confidential to hub.brussels impulse");
      assertThat(browser.driver.getPageSource()).doesNotContain(note);
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=who-else-works]")).getText())
          .contains("hub.brussels impulse").contains("Marc Dubois");
      accessible(browser, "company-360-redacted");
      browser.screenshot("06-company-360-redacted-for-citydev");
    }

    try (Browser browser = Browser.open()) {
      browser.login("fatima.analyst", "Fatima Benali");
      open360(browser, number, name);
      // finance records an application with a Belgian-notation amount
      browser.driver.findElement(By.linkText("Record a financing application")).click();
      new Select(browser.waitFor(By.id("instrument"))).selectByValue("START_LOAN");
      browser.driver.findElement(By.id("amount")).sendKeys("25.000,50");
      browser.waitForText(By.cssSelector(".money-read"), "25");
      browser.driver.findElement(By.id("purpose")).sendKeys("Cargo bikes for deliveries");
      accessible(browser, "financing-form");
      browser.screenshot("07-financing-form");
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      browser.waitForText(COMPANY_NAME, name);
      browser.waitForText(By.cssSelector("[data-testid=pole-financing] table"), "Cargo bikes for deliveries");
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=pole-financing] table")).getText())
          .contains("25.000,50");
    }
  }

  @Test
  void aPoleThatDoesNotAnswerIsShownAsUnavailableWithItsLastKnownData() {
    String name = "Torréfaction Anneessens " + System.nanoTime() % 10_000;
    String number = Companies.registered(name);
    be.brussels.poles.launcher.LocalPlatform platform = RunningPlatform.get();
    try (Browser browser = Browser.open()) {
      browser.login("fatima.analyst", "Fatima Benali");
      platform.stop(be.brussels.poles.launcher.LocalPlatform.HOUSING);
      try {
        open360(browser, number, name);
        WebElement housing = browser.waitFor(By.cssSelector("[data-testid=pole-unavailable-housing]"));
        assertThat(housing.getText()).contains("Unavailable").contains("not answering");
        // the rest of the page is there: identity, the other poles, the journey
        assertThat(browser.driver.findElement(By.id("journey-title")).isDisplayed()).isTrue();
        accessible(browser, "company-360-pole-unavailable");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
            "document.querySelector('[data-testid=pole-housing]').scrollIntoView()");
        browser.screenshot("16-company-360-housing-unavailable");
      } finally {
        platform.start(be.brussels.poles.launcher.LocalPlatform.HOUSING);
        platform.awaitHealthy(be.brussels.poles.launcher.LocalPlatform.HOUSING);
      }
    }
  }

  @Test
  void citydevRecordsALocationRequestWithCommunes() {
    String name = "Coworking Midi " + System.nanoTime() % 10_000;
    String number = Companies.registered(name);
    try (Browser browser = Browser.open()) {
      browser.login("tom.citydev", "Tom Lambert");
      open360(browser, number, name);
      browser.driver.findElement(By.linkText("Record a location request")).click();
      new Select(browser.waitFor(By.id("unitType"))).selectByValue("OFFICE");
      browser.driver.findElement(By.id("surfaceMin")).sendKeys("120");
      browser.driver.findElement(By.id("surfaceMax")).sendKeys("80");
      browser.waitForText(By.cssSelector("[data-testid=surfaceMax-error]"), "at least the smallest surface");
      browser.driver.findElement(By.id("surfaceMax")).clear();
      browser.driver.findElement(By.id("surfaceMax")).sendKeys("200");
      browser.driver.findElement(By.id("maxMonthlyBudget")).sendKeys("2.500");
      browser.driver.findElement(By.xpath("//label[contains(., 'Saint-Gilles/Sint-Gillis')]/input")).click();
      browser.driver.findElement(By.xpath("//label[contains(., 'Ixelles/Elsene')]/input")).click();
      browser.waitForText(By.cssSelector(".communes .chosen"), "2 chosen");
      java.time.LocalDate wanted = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusMonths(3);
      browser.driver.findElement(By.id("wantedFrom")).sendKeys(
          String.format("%02d/%02d/%d", wanted.getDayOfMonth(), wanted.getMonthValue(), wanted.getYear()));
      accessible(browser, "location-request-form");
      browser.screenshot("08-location-request-form");
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      browser.waitForText(COMPANY_NAME, name);
      browser.waitForText(By.cssSelector("[data-testid=pole-housing] table"), "Ixelles/Elsene");
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=pole-housing] table")).getText())
          .contains("Saint-Gilles/Sint-Gillis").contains("120–200 m²")
          .contains(String.format("%02d/%02d/%d", wanted.getDayOfMonth(), wanted.getMonthValue(), wanted.getYear()));
      accessible(browser, "company-360-citydev");
    }
  }

  @Test
  void aReferralSentByOneAgencyIsAnsweredByAnother() {
    String name = "Imprimerie Marolles " + System.nanoTime() % 10_000;
    String number = Companies.registered(name);
    String reason = "Needs a start loan for a second press " + System.nanoTime();

    try (Browser impulse = Browser.open()) {
      impulse.login("marc.advisor", "Marc Dubois");
      open360(impulse, number, name);
      impulse.driver.findElement(By.xpath("//summary[normalize-space()='Refer this company to another agency']")).click();
      new Select(impulse.waitFor(By.id("toAgency"))).selectByValue("FINANCE");
      impulse.driver.findElement(By.id("reason")).sendKeys(reason);
      impulse.driver.findElement(By.xpath("//button[normalize-space()='Send the referral']")).click();
      impulse.waitForText(By.cssSelector("[data-testid=referral-sent]"), "Referral sent to finance.brussels");
      accessible(impulse, "company-360-referral");
      impulse.screenshot("11-referral-sent");
    }

    try (Browser finance = Browser.open()) {
      finance.login("fatima.analyst", "Fatima Benali");
      finance.driver.findElement(By.linkText("Referrals")).click();
      WebElement card = finance.waitUntil(driver -> driver.findElements(By.cssSelector("[data-testid=referral]"))
          .stream().filter(element -> element.getText().contains(reason)).findFirst().orElse(null));
      assertThat(card.getText()).contains("hub.brussels impulse").contains("Answer due by");
      accessible(finance, "referral-inbox");
      finance.screenshot("12-referral-inbox");
      card.findElement(By.xpath(".//button[normalize-space()='Accept']")).click();
      finance.driver.findElement(By.xpath("//button[normalize-space()='All']")).click();
      finance.waitUntil(driver -> referralInState(driver, reason, "Accepted"));
    }

    try (Browser impulse = Browser.open()) {
      impulse.login("marc.advisor", "Marc Dubois");
      open360(impulse, number, name);
      awaitJourneyEntry(impulse, "accepted the referral");
      impulse.driver.findElement(By.linkText("Referrals")).click();
      impulse.driver.findElement(By.xpath("//button[normalize-space()='Mine']")).click();
      impulse.waitUntil(driver -> referralInState(driver, reason, "Accepted"));
      assertThat(impulse.driver.getPageSource()).contains("handled by Fatima Benali");
    }
  }

  @Test
  void anAdministratorRunsAKboDryRunActirisSeesItsKeyAccountsAndTheSteeringCommitteeItsDashboard() {
    try (Browser admin = Browser.open()) {
      admin.login("adam.admin", "Adam Leclercq");
      admin.driver.findElement(By.linkText("KBO import")).click();
      admin.waitFor(By.id("source"));
      admin.driver.findElement(By.xpath("//button[normalize-space()='Start the import']")).click();
      admin.waitForText(By.cssSelector("[data-testid=kbo-current] .badge"), "Completed");
      assertThat(admin.driver.findElement(By.cssSelector("[data-testid=kbo-current]")).getText())
          .contains("dry run").contains("Enterprises read");
      accessible(admin, "kbo-import");
      admin.screenshot("13-kbo-import-dry-run");
    }
    try (Browser kam = Browser.open()) {
      kam.login("ines.kam", "Inès Martin");
      kam.driver.findElement(By.linkText("Key accounts")).click();
      kam.waitFor(By.id("kam-title"));
      kam.waitUntil(driver -> driver.findElements(By.cssSelector(".loading")).isEmpty());
      accessible(kam, "key-accounts");
      kam.screenshot("14-key-accounts");
    }
    try (Browser steering = Browser.open()) {
      steering.login("sara.auditor", "Sara Vermeulen");
      steering.driver.findElement(By.linkText("Dashboard")).click();
      steering.waitFor(By.cssSelector("[data-testid=indicator-companies_supported]"));
      assertThat(steering.driver.findElement(By.cssSelector("[data-testid=csv-export]")).getAttribute("href"))
          .endsWith("/api/crm/indicators.csv");
      accessible(steering, "dashboard");
      steering.screenshot("15-dashboard");
    }
  }

  @Test
  void theLanguageIsSwitchedAndRememberedPerUser() {
    try (Browser browser = Browser.open()) {
      browser.login("nora.atrium", "Nora El Amrani");
      new Select(browser.waitFor(By.id("language"))).selectByValue("nl");
      browser.waitForText(By.id("home-title"), "Een onderneming zoeken");
      assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=user-roles]")).getText()).isEqualTo("adviseur");
      browser.driver.navigate().refresh();
      browser.waitForText(By.id("home-title"), "Een onderneming zoeken");
      accessible(browser, "home-nl");
      browser.screenshot("09-home-nl");

      logout(browser, "Afmelden");
      browser.login("ben.bie", "Ben Peeters");
      new Select(browser.waitFor(By.id("language"))).selectByValue("fr");
      browser.waitForText(By.id("home-title"), "Trouver une entreprise");
      browser.screenshot("10-home-fr");

      logout(browser, "Se déconnecter");
      browser.login("nora.atrium", "Nora El Amrani");
      browser.waitForText(By.id("home-title"), "Een onderneming zoeken");
    }
  }

  /** True when the inbox shows the referral with this reason in this state. */
  private static boolean referralInState(org.openqa.selenium.WebDriver driver, String reason, String state) {
    return driver.findElements(By.cssSelector("[data-testid=referral]")).stream()
        .filter(card -> card.getText().contains(reason))
        .anyMatch(card -> card.findElement(By.cssSelector("[data-testid=referral-state]")).getText()
            .equalsIgnoreCase(state));
  }

  private static void logout(Browser browser, String label) {
    browser.driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    browser.waitFor(By.id("login-title"));
  }

  private static void open360(Browser browser, String number, String name) {
    WebElement search = browser.waitFor(SEARCH);
    search.sendKeys(number);
    browser.waitFor(By.cssSelector("[role=option][aria-selected=true]"));
    search.sendKeys(Keys.ENTER);
    browser.waitForText(COMPANY_NAME, name);
  }

  /** Journey events travel through the pole's outbox: reload until the entry is there. */
  private static void awaitJourneyEntry(Browser browser, String type) {
    browser.waitUntil(driver -> {
      List<WebElement> entries = driver.findElements(By.cssSelector("[data-testid=journey-entry]"));
      if (entries.stream().anyMatch(entry -> entry.getText().contains(type))) {
        return true;
      }
      driver.navigate().refresh();
      return null;
    });
  }

  private static void accessible(Browser browser, String screen) {
    assertThat(browser.seriousAccessibilityViolations())
        .as("serious or critical accessibility violations on the %s screen", screen)
        .isEmpty();
  }

  /** Selects what the field holds and types over it, as a person does (React sees every key). */
  private static void replaceText(WebElement field, String text) {
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text);
  }

  private static String dotted(String number) {
    return number.substring(0, 4) + "." + number.substring(4, 7) + "." + number.substring(7);
  }
}
