package be.brussels.poles.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by {@code make test}) with
 * a fresh profile, driven through the platform's gateway as a person would: logs in on the real Keycloak form,
 * takes screenshots into {@code e2e-tests/target/screenshots/} and runs the axe-core accessibility check.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final java.util.concurrent.atomic.AtomicInteger FAILURES = new java.util.concurrent.atomic.AtomicInteger();

  private final Path profile;
  private final ChromeDriverService service;
  final ChromeDriver driver;
  final URI gateway;

  private Browser(URI gateway) {
    requireChromium();
    this.gateway = gateway;
    try {
      this.profile = Files.createTempDirectory("poles-e2e-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the background-networking flags keep Chromium off the network this closed machine refuses
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,800", "--lang=en-GB",
        "--user-data-dir=" + profile);
    this.driver = new ChromeDriver(service, options);
  }

  /** A new browser on the running platform's gateway. */
  static Browser open() {
    return new Browser(RunningPlatform.gateway());
  }

  /** Fails (never skips) when the browser is missing: the browser tests are part of the suite. */
  static void requireChromium() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Headless Chromium is needed for the browser tests: " + CHROMIUM + " and "
          + CHROMEDRIVER + " (Debian packages chromium and chromium-driver; `make browser` or `make test` installs them)");
    }
  }

  /** Opens the UI, logs in on Keycloak's form and waits for the app bar to show the user. */
  Browser login(String username, String displayName) {
    driver.get(gateway.resolve("/").toString());
    waitFor(By.cssSelector("a[href='/oauth2/authorization/keycloak']")).click();
    waitFor(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    waitForText(By.cssSelector("[data-testid=user] .user-name"), displayName);
    return this;
  }

  WebElement waitFor(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits; when the wait runs out, the screen is kept as failure-N.png to show what the user saw. */
  <T> T waitUntil(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition);
    } catch (TimeoutException e) {
      screenshot("failure-" + FAILURES.incrementAndGet());
      throw e;
    }
  }

  /** A full-window PNG under e2e-tests/target/screenshots/. */
  Path screenshot(String name) {
    Path dir = Path.of("target", "screenshots");
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core (from the UI's npm install) on the current page and returns the serious and critical
   * violations, each as "rule (impact): help — targets".
   */
  List<String> seriousAccessibilityViolations() {
    JavascriptExecutor js = driver;
    js.executeScript(axeSource());
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object result = js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error',"
            + " impact: 'critical', help: String(e), nodes: []}])));");
    List<String> serious = new ArrayList<>();
    for (JsonNode violation : Json.parse((String) result)) {
      String impact = text(violation, "impact");
      if (impact.equals("serious") || impact.equals("critical")) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        serious.add(text(violation, "id") + " (" + impact + "): " + text(violation, "help")
            + " — " + targets);
      }
    }
    return serious;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }

  private static String axeSource() {
    Path root = Path.of(System.getProperty("poles.repository.root", "..")).toAbsolutePath().normalize();
    Path axe = root.resolve("ui/node_modules/axe-core/axe.min.js");
    if (!Files.isRegularFile(axe)) {
      throw new IllegalStateException(axe + " is missing: build the ui module first (npm ci installs axe-core)");
    }
    try {
      return Files.readString(axe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // a temp profile left behind is harmless
      }
    }
  }
}
