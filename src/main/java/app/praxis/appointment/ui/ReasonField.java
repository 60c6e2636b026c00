package app.praxis.appointment.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;

/** A reason or message of bounded length; the service has the last word on what is acceptable. */
final class ReasonField {

    private ReasonField() {}

    static TextArea of(String label, String id, int maxLength) {
        var field = new TextArea(label);
        field.setId(id);
        field.setWidthFull();
        field.setMaxLength(maxLength);
        field.setMinRows(2);
        field.setHelperText(I18NProvider.translate("appointment.reason.helper", maxLength));
        return field;
    }
}
