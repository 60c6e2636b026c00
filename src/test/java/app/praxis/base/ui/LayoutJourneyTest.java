package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.Axe;
import app.praxis.support.BrowserTest;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The layout drawn in the browser ({@code <praxis-menu>}, {@code <praxis-top-bar>}, issue 18) used as a person
 * would: the patient's home checked with axe-core at desktop width and on a phone, the page shown marked in the
 * menu, an entry followed with the keyboard, the browser's back button, and on a phone the drawer opened from the
 * toggle and closed by the entry chosen; the page never scrolls sideways.
 */
class LayoutJourneyTest extends BrowserTest {

    @Autowired
    private ServletContext servletContext;

    @Test
    void theMenuIsAccessibleFollowsTheRouterAndWorksOnAPhone() throws Exception {
        signIn("emma.braun@example.org", DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        waitFor(By.cssSelector("#main-menu a[aria-current='page']"));
        assertThat(current()).isEqualTo("Home");
        assertThat(waitFor(By.id("page-header")).getText()).isEqualTo("Home");
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo("Emma Braun");
        assertThat(driver.findElement(By.id("main-menu")).getAttribute("aria-label"))
                .isEqualTo("Main menu");
        assertThat(Axe.seriousViolations(driver)).as("the patient's home").isEmpty();

        // Keyboard: focus "My appointments" and press Enter; the router follows the link (no reload).
        WebElement entry = driver.findElement(By.cssSelector("#main-menu a[href='appointments']"));
        ((JavascriptExecutor) driver).executeScript("window.__sameDocument = true; arguments[0].focus();", entry);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntilUrlEndsWith("/appointments");
        until(d -> "My appointments".equals(current()));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__sameDocument === true;"))
                .as("followed inside the page by Vaadin's router, not a reload")
                .isEqualTo(true);
        until(d -> "My appointments".equals(d.findElement(By.id("page-header")).getText()));

        driver.navigate().back();
        waitUntilUrlEndsWith("/patient");
        waitFor(By.id("patient-home"));
        until(d -> "Home".equals(current()));

        resizeTo(375, 812);
        assertThat(scrollsHorizontally())
                .as("the home page scrolls sideways on a phone")
                .isFalse();
        assertThat(Axe.seriousViolations(driver))
                .as("the patient's home on a phone")
                .isEmpty();
        // Opening and closing the menu is the browser's business: no request reaches the server for it.
        waitUntilVaadinIsIdle();
        recordRequestsToTheServer();
        WebElement toggle = waitFor(By.cssSelector("vaadin-drawer-toggle"));
        toggle.click();
        until(d -> drawerOpened());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        until(d -> !drawerOpened());
        toggle.click();
        until(d -> drawerOpened());
        waitUntilVaadinIsIdle();
        assertThat(requestsToTheServerOtherThanPolls())
                .as("what the menu's toggle sent to the server")
                .isEmpty();
        WebElement messages = waitFor(By.cssSelector("#main-menu a[href='messages']"));
        assertThat(messages.getSize().getHeight()).as("a 44 px target").isGreaterThanOrEqualTo(44);
        screenshot("layout-375-drawer-open");
        messages.click();
        waitFor(By.id("chat-inbox"));
        until(d -> !drawerOpened());
        assertThat(current()).isEqualTo("Messages");
        screenshot("layout-375-messages");
    }

    @Test
    void callsFromTheBrowserGoThroughTheLookupThatAsksForTheTemplateHandlerOnce() {
        // any page of the app, signed in or not (the other journey of this class may have signed in first)
        open("login");
        waitUntilVaadinIsIdle();

        assertThat(new VaadinServletContext(servletContext).getAttribute(Lookup.class))
                .isInstanceOf(TemplateHandlerLookedUpOnce.Remembering.class);
    }

    /** The title of the menu's entry marked as the page shown. */
    private String current() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const item = document.querySelector('#main-menu a[aria-current="page"] .praxis-menu-title');
                return item ? item.textContent.trim() : '';""");
    }

    /** From now on, the messages the page sends to the server (Vaadin's client sends them over HTTP). */
    private void recordRequestsToTheServer() {
        ((JavascriptExecutor) driver).executeScript("""
                window.__toServer = [];
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function (body) {
                  if (typeof body === 'string' && body.includes('"rpc"')) window.__toServer.push(body);
                  return send.apply(this, arguments);
                };
                const fetched = window.fetch;
                window.fetch = function (input, init) {
                  const body = init && init.body;
                  if (typeof body === 'string' && body.includes('"rpc"')) window.__toServer.push(body);
                  return fetched.apply(this, arguments);
                };""");
    }

    /**
     * The recorded messages' calls, but the layout's poll (which may fall in any few seconds) and the window's size,
     * which Vaadin's client reports a while after the resize to a phone's width above.
     */
    @SuppressWarnings("unchecked")
    private List<String> requestsToTheServerOtherThanPolls() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return window.__toServer
                  .flatMap(body => JSON.parse(body).rpc)
                  .filter(call => !(call.type === 'event' && ['ui-poll', 'window-resize'].includes(call.event)))
                  .map(call => JSON.stringify(call));""");
    }

    private boolean drawerOpened() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('vaadin-app-layout').drawerOpened;"));
    }

    private void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }
}
