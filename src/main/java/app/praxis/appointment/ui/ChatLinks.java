package app.praxis.appointment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;

/**
 * Buttons that open a conversation in the chat's "Messages" screen. The chat feature sits above appointment, so
 * these lead there by route path ({@code messages?doctor=…}, {@code messages?patient=…}) and never import it.
 */
final class ChatLinks {

    static final String MESSAGES = "messages";

    private ChatLinks() {}

    /** For a patient: the chat with this doctor (the chat refuses a doctor they never booked). */
    static Button messageDoctor(long doctorId) {
        return link(I18NProvider.translate("appointment.chat.messageDoctor"), "message-doctor", "doctor", doctorId);
    }

    /** For a doctor: the chat with this patient. */
    static Button messagePatient(long patientId) {
        return link(I18NProvider.translate("appointment.chat.messagePatient"), "message-patient", "patient", patientId);
    }

    private static Button link(String label, String className, String parameter, long id) {
        var button = new Button(label, event -> event.getSource()
                .getUI()
                .orElseGet(UI::getCurrent)
                .navigate(MESSAGES, QueryParameters.of(parameter, String.valueOf(id))));
        button.addClassNames(className);
        return button;
    }
}
