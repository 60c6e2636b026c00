package app.praxis.appointment.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
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

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
