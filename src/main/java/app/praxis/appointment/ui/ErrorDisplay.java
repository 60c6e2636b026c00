package app.praxis.appointment.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Puts each message of a refusal next to its field; what belongs to no field shows as a notification. */
final class ErrorDisplay {

    private ErrorDisplay() {}

    static void show(InvalidInputException refusal, Map<String, ? extends HasValidation> fields) {
        FieldErrors.show(refusal.fieldErrors(), fields).values().forEach(ErrorDisplay::error);
    }

    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * The same {@code vaadin-notification} as {@code Notification.show}, made by the web component's own
     * {@code show} in the browser: a server-side notification syncs its {@code opened} property, so every one the
     * browser opened sent a request of its own back (the booking click's second request, issue 18, round 13). The
     * text is set as text (never as HTML); the element removes itself when it closes.
     */
    static void success(String message) {
        UI.getCurrent()
                .getPage()
                .executeJs(
                        SHOW_IN_BROWSER,
                        message,
                        SUCCESS_DURATION_MS,
                        Notification.Position.BOTTOM_CENTER.getClientName(),
                        NotificationVariant.LUMO_SUCCESS.getVariantName());
    }

    static final int SUCCESS_DURATION_MS = 4000;

    /** Waits for the element's definition, so a page that has not loaded it yet still shows the message. */
    static final String SHOW_IN_BROWSER = "customElements.whenDefined('vaadin-notification')"
            + ".then(() => customElements.get('vaadin-notification')"
            + ".show($0, {duration: $1, position: $2, theme: $3}))";
}
