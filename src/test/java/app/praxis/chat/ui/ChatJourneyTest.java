package app.praxis.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.Axe;
import app.praxis.support.BrowserTest;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo patient and their doctor, each in their own browser: the patient writes, the doctor's unread badge counts
 * up without a reload, the doctor opens the conversation (badge back to zero, the patient sees "Read"), replies,
 * and the reply appears on the patient's phone-sized screen without a reload.
 */
class ChatJourneyTest extends BrowserTest {

    private static final String PATIENT = "lena.schwarz@example.org";
    private static final Duration LIVE = Duration.ofSeconds(15);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageAndItsReplyArriveLiveWithBadgeAndReadReceipt() throws Exception {
        String doctorEmail = jdbc.sql("""
                        SELECT du.email FROM appointments a
                        JOIN patients p ON p.patient_id = a.patient_id JOIN users pu ON pu.user_id = p.user_id
                        JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users du ON du.user_id = d.user_id
                        WHERE pu.email = ? ORDER BY a.appointment_id LIMIT 1""").param(PATIENT).query(String.class).single();
        long doctorId = jdbc.sql("SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE u.email = ?")
                .param(doctorEmail)
                .query(Long.class)
                .single();
        // The doctor starts with nothing unread, so the badge's way up and back to zero is this journey's alone.
        jdbc.sql("""
                        UPDATE chat_messages m JOIN chats c ON c.chat_id = m.chat_id
                        SET m.read_at = m.sent_at WHERE c.doctor_id = ? AND m.read_at IS NULL""").param(doctorId).update();
        String question = "Journey question " + UUID.randomUUID().toString().substring(0, 8);
        // Longer than every buffer of the push connection (ConnectionBuffers): it reaches the patient in several
        // WebSocket frames and socket writes.
        String answer = "Journey answer " + UUID.randomUUID().toString().substring(0, 8) + " "
                + String.join(" ", Collections.nCopies(80, "Please bring your last lab results."));

        WebDriver patient = driver;
        // Every WebSocket the patient's pages open is kept where the journey can close it (to drop the push).
        ((ChromeDriver) patient).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                                const Native = window.WebSocket;
                                window.__praxisSockets = [];
                                window.WebSocket = function (...args) {
                                  const socket = new Native(...args);
                                  window.__praxisSockets.push(socket);
                                  return socket;
                                };
                                window.WebSocket.prototype = Native.prototype;
                                Object.assign(window.WebSocket, Native);
                                ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(k => window.WebSocket[k] = Native[k]);"""));
        WebDriver doctor = newBrowser("ChatJourneyDoctor");
        try {
            resizeTo(375, 812);
            signIn(PATIENT, DEMO_PASSWORD);
            waitFor(By.id("patient-home"));
            open("messages?doctor=" + doctorId);
            waitFor(By.id("chat-panel"));

            driver = doctor;
            signIn(doctorEmail, DEMO_PASSWORD);
            waitFor(By.id("doctor-home"));
            open("doctor/appointments");
            waitFor(By.id("doctor-agenda"));
            assertThat(badge()).isEmpty();

            driver = patient;
            write(question);
            until(d -> deepText("#chat-panel").contains(question));

            driver = doctor;
            until(d -> badge().equals("1"));
            waitFor(By.cssSelector("a.praxis-navbar-badge")).click();
            waitFor(By.id("chat-inbox"));
            waitFor(By.cssSelector("#chat-inbox .chat-entry.unread")).click();
            waitFor(By.id("chat-panel"));
            until(d -> deepText("#chat-panel").contains(question));
            until(d -> badge().isEmpty());

            driver = patient;
            until(d -> driver.findElement(By.id("chat-receipt")).isDisplayed()
                    && driver.findElement(By.id("chat-receipt")).getText().startsWith("Read "));
            screenshot("chat-375-patient-read");

            // The conversation drawn by its element: no serious accessibility violation; a refused message is
            // explained under the field and not shown.
            assertThat(Axe.seriousViolations(driver))
                    .as("the open conversation")
                    .isEmpty();
            write("x".repeat(4001));
            until(d -> driver.findElement(By.id("chat-error")).isDisplayed()
                    && driver.findElement(By.id("chat-error")).getText().startsWith("A message can be at most"));
            assertThat(deepText("#chat-panel")).doesNotContain("x".repeat(4001));

            // The push connection drops (a network change, a proxy's timeout): the client connects again and the
            // doctor's answer still arrives without a reload.
            long dropped = (Long) ((JavascriptExecutor) driver).executeScript("""
                    const open = (window.__praxisSockets || []).filter(socket => socket.readyState === 1);
                    open.forEach(socket => socket.close());
                    return open.length;""");
            assertThat(dropped).as("the push WebSocket was open").isPositive();

            driver = doctor;
            write(answer);
            driver = patient;
            until(d -> deepText("#chat-panel").contains(answer));

            assertThat(scrollsHorizontally())
                    .as("the conversation scrolls sideways on a phone")
                    .isFalse();
            screenshot("chat-375-patient-conversation");

            driver = doctor;
            resizeTo(375, 812);
            open("messages");
            waitFor(By.id("chat-inbox"));
            assertThat(scrollsHorizontally())
                    .as("the inbox scrolls sideways on a phone")
                    .isFalse();
            screenshot("chat-375-doctor-inbox");
        } finally {
            driver = patient;
            doctor.quit();
        }
    }

    private void write(String text) {
        var field = waitFor(By.cssSelector("#chat-panel vaadin-message-input textarea"));
        if (text.length() > 100) {
            // Typed key by key, thousands of characters take the browser many seconds: set as the field's value
            // with the input event the text area listens to, as a paste would.
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].value = arguments[1];"
                                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                            field,
                            text);
        } else {
            field.sendKeys(text);
        }
        field.sendKeys(Keys.ENTER);
    }

    /** The unread count in the top bar, or "" while it is hidden. */
    private String badge() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const badge = document.querySelector('a.praxis-navbar-badge .unread-badge');
                return badge && !badge.hasAttribute('hidden') ? badge.textContent.trim() : '';""");
    }

    /** The text of an element including what its web components render in their shadow roots. */
    private String deepText(String selector) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const collect = node => {
                  let text = '';
                  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
                  if (node.shadowRoot) text += collect(node.shadowRoot);
                  node.childNodes.forEach(child => text += collect(child));
                  return text;
                };
                const root = document.querySelector(arguments[0]);
                return root ? collect(root) : '';""", selector);
    }

    private void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, LIVE).ignoring(RuntimeException.class).until(condition::apply);
    }
}
