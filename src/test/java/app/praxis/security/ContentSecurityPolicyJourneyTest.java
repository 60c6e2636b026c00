package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The application works under its Content-Security-Policy: every main page of every role, in a real browser,
 * renders without a single policy violation in the console.
 */
class ContentSecurityPolicyJourneyTest extends BrowserTest {

    private final List<String> visited = new ArrayList<>();

    @Test
    void noPageOfAnyRoleViolatesThePolicy() throws Exception {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        visited.add("login");
        open("register");
        waitFor(By.tagName("body"));
        visited.add("register");
        var violations = new ArrayList<>(violations());

        violations.addAll(visitAs(
                "admin@praxis.demo",
                "admin",
                "admin/appointments",
                "admin/payments",
                "admin/users",
                "admin/specializations",
                "admin/audit"));
        violations.addAll(
                visitAs("dr.weber@praxis.demo", "doctor", "doctor/appointments", "doctor/calendar", "messages"));
        violations.addAll(visitAs("paul.neumann@example.org", "patient", "doctors", "appointments", "messages"));

        assertThat(violations).isEmpty();
        assertThat(visited).hasSize(16);

        // and the check sees a violation when there is one: an image from another origin is refused
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        ((JavascriptExecutor) driver)
                .executeScript("var i = document.createElement('img'); i.src = 'https://example.invalid/x.png';"
                        + " document.body.appendChild(i);");
        Thread.sleep(500);
        assertThat(violations()).anySatisfy(v -> assertThat(v).contains("img-src"));
    }

    private List<String> visitAs(String email, String... paths) throws Exception {
        signIn(email, DEMO_PASSWORD);
        waitFor(By.id("main-menu"));
        var found = new ArrayList<String>();
        for (String path : paths) {
            open(path);
            waitFor(By.id("main-menu"));
            Thread.sleep(1500); // charts, calendar and push settle
            visited.add(path);
            violations().forEach(v -> found.add(path + ": " + v));
        }
        signOut();
        return found;
    }

    /** Console entries since the last call that report a policy violation. */
    private List<String> violations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> {
                    String m = message.toLowerCase(Locale.ROOT);
                    return m.contains("content security policy") || m.contains("refused to");
                })
                .toList();
    }
}
