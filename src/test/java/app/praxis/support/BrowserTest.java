package app.praxis.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A real-browser journey: the whole application on a random port with the demo clinic, driven by Debian's
 * headless Chromium through its own chromedriver (Selenium Manager downloads nothing). Runs in failsafe during
 * {@code ./mvnw verify}, tagged "browser".
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"praxis.demo-data.enabled=true", "praxis.embedded-db.database=praxis_e2e"})
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(SharedSecurityContextStrategy.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "praxis-demo-2026";
    private static final Duration WAIT = Duration.ofSeconds(40);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;

    @BeforeAll
    void startBrowser() throws Exception {
        driver = newBrowser(getClass().getSimpleName());
    }

    /** Another headless Chromium with a fresh profile, for journeys of two people at once; the caller quits it. */
    protected WebDriver newBrowser(String name) throws Exception {
        return newBrowser(name, options -> {});
    }

    /** {@link #newBrowser(String)} with more of Chromium's options (a language, preferences). */
    protected WebDriver newBrowser(String name, java.util.function.Consumer<ChromeOptions> more) throws Exception {
        return headlessChromium(name, 1280, 900, options -> {
            // The console log stays readable (driver.manage().logs()), e.g. for Content-Security-Policy violations.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            more.accept(options);
        });
    }

    /**
     * Debian's headless Chromium through its own chromedriver (Selenium Manager downloads nothing), with a fresh
     * profile under target/chromium; also the memory benchmark's browser.
     */
    public static WebDriver headlessChromium(
            String name, int width, int height, java.util.function.Consumer<ChromeOptions> more) throws Exception {
        Path profile = Files.createDirectories(Path.of("target", "chromium"))
                .resolve("profile-" + name + "-" + System.nanoTime());
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("praxis.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        more.accept(options);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("praxis.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    protected void resizeTo(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    protected WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new TimeoutException("waited for " + locator + " " + whereTheBrowserIs(), e);
        }
    }

    /**
     * Where the browser is and what its page says, for a failed wait: CI prints only the failure's message, so the
     * message carries what a screenshot would show (the screenshot is kept too, in target/screenshots).
     */
    protected String whereTheBrowserIs() {
        String url;
        String text;
        try {
            url = driver.getCurrentUrl();
            text = String.valueOf(((JavascriptExecutor) driver)
                    .executeScript("return document.body ? document.body.innerText : '(no body)';"));
        } catch (RuntimeException e) {
            return "(the browser did not answer: " + e.getMessage() + ")";
        }
        try {
            screenshot("failed-" + getClass().getSimpleName() + "-" + System.nanoTime());
        } catch (Exception e) {
            // the message below is what matters; a missing screenshot must not hide it
        }
        String shown = text.replaceAll("\\s+", " ").strip();
        return "at " + url + ", the page showing: \"" + (shown.length() > 600 ? shown.substring(0, 600) + "…" : shown)
                + "\"";
    }

    /**
     * Clicks the element once nothing covers it. A page still laying itself out (a list growing above the element)
     * or a notification sliding in may sit on it for a moment; a person would wait and click again, and so does this:
     * after a covered click the element is brought to the middle of the window and looked up afresh (it may have been
     * re-rendered). The first try scrolls as a plain click does, so the page is left where a person would have it.
     */
    protected void clickWhenUncovered(Supplier<WebElement> element) {
        boolean[] covered = {false};
        try {
            new WebDriverWait(driver, WAIT)
                    .ignoring(ElementClickInterceptedException.class)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        WebElement target = element.get();
                        if (covered[0]) {
                            ((JavascriptExecutor) d)
                                    .executeScript(
                                            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                                            target);
                        }
                        covered[0] = true;
                        target.click();
                        return true;
                    });
        } catch (TimeoutException e) {
            throw new TimeoutException("something kept covering the element " + whereTheBrowserIs(), e);
        }
    }

    /** Until the Flow client has no request in flight: what a person sees as the page being ready. */
    protected void waitUntilVaadinIsIdle() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                                if (!clients) return false;
                                const all = Object.values(clients);
                                return all.length > 0 && all.every(c => !c.isActive || !c.isActive());""")));
    }

    protected void waitUntilUrlEndsWith(String path) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(path));
    }

    /** Signs in through Vaadin's login form, as a person would. */
    protected void signIn(String email, String password) {
        open("login");
        WebElement username = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        // as a person would: the page has finished loading before anything is typed or sent
        waitUntilVaadinIsIdle();
        type(username, email);
        WebElement passwordField = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        type(passwordField, password);
        passwordField.sendKeys(Keys.ENTER);
        // the form was sent when the browser left the bare sign-in address (for home, or for login?error)
        try {
            new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().endsWith("/login"));
        } catch (TimeoutException e) {
            throw new TimeoutException("the sign-in form of " + email + " was not sent " + whereTheBrowserIs(), e);
        }
    }

    /**
     * Types {@code text} into {@code input} as a person would. ChromeDriver refuses characters outside Unicode's basic
     * plane in typed keys (an emoji: "ChromeDriver only supports characters in the BMP", Chromium 150, December
     * 2026); such text is put in as the browser's own typing does, the input's value then its {@code input} and
     * {@code change} events, which the field's element and the server listen to.
     */
    protected void type(WebElement input, String text) {
        if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
            input.sendKeys(text);
            return;
        }
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const input = arguments[0]; input.focus(); input.value += arguments[1];"
                                + " input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));"
                                + " input.dispatchEvent(new Event('change', {bubbles: true}));",
                        input,
                        text);
    }

    protected void signOut() {
        waitFor(By.id("logout")).click();
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    /** True when the page is wider than the window: the phone-sized pages must never scroll sideways. */
    protected boolean scrollsHorizontally() {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    protected Path screenshot(String name) throws Exception {
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * On a doctor's page: clicks the first free time after the first day shown and returns its day. The first day
     * may be today, whose first time is just past the booking notice and can slip inside it while a journey runs (it
     * keeps the real clock). When only the first of the days shown has times (on a phone's three days, a Friday
     * before a free weekend), "next free time" moves on; the picker's template reuses its buttons for the new days,
     * so the move shows in the range above them, not in stale buttons.
     */
    protected LocalDate chooseATimeAfterTheFirstDay() {
        waitFor(By.cssSelector("#slot-times vaadin-button"));
        By laterDays = By.cssSelector("#slot-times .slot-day:not(:first-child) vaadin-button");
        if (driver.findElements(laterDays).isEmpty()) {
            String range = driver.findElement(By.id("slot-range")).getText();
            driver.findElement(By.id("slot-next-free")).click();
            new WebDriverWait(driver, WAIT)
                    .until(d -> !d.findElement(By.id("slot-range")).getText().equals(range));
            return clickTime(waitFor(By.cssSelector("#slot-times vaadin-button")));
        }
        return clickTime(driver.findElements(laterDays).getFirst());
    }

    /** Clicks what {@code locator} finds once it stays in the page (a list re-rendered as a search arrives). */
    protected void clickWhenSettled(By locator) {
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(locator).click();
                    return true;
                });
    }

    private static LocalDate clickTime(WebElement time) {
        String date = time.findElement(By.xpath("ancestor::div[contains(@class,'slot-day')]"))
                .getDomAttribute("data-date");
        time.click();
        return LocalDate.parse(date);
    }
}
