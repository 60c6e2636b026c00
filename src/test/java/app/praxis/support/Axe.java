package app.praxis.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, MPL-2.0; used in tests only, {@code src/test/resources/axe/}) run in the page a journey has
 * open: the WCAG 2.1 A and AA rules, open shadow roots included. A journey fails on what it calls serious or
 * critical.
 */
public final class Axe {

    private static final String SOURCE = load();

    private Axe() {}

    /** One line per serious or critical violation: rule, impact, help, and the first elements it names. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)
                                        + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"))
                        .toList();
    }

    private static String load() {
        try (InputStream in = Objects.requireNonNull(
                Axe.class.getResourceAsStream("/axe/axe.min.js"), "axe/axe.min.js on the test classpath")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
