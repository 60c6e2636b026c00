package app.praxis.appointment.ui;

import app.praxis.appointment.PatientRecord;
import app.praxis.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.jspecify.annotations.Nullable;

/** A patient's record, for their doctor: read-only, with a way to write to them. */
class PatientRecordDialog extends Dialog {

    PatientRecordDialog(PatientRecord record) {
        setHeaderTitle(record.fullName());
        setId("patient-record");
        setWidth("min(32rem, 100vw)");
        add(
                line(
                        getTranslation("appointment.record.dateOfBirth"),
                        record.dateOfBirth() == null
                                ? null
                                : getTranslation(
                                        "appointment.record.birthAndAge",
                                        Formats.current().day(record.dateOfBirth()),
                                        record.age())),
                line(getTranslation("appointment.record.gender"), record.gender()),
                line(getTranslation("appointment.record.phone"), record.phone()),
                line(getTranslation("appointment.record.address"), record.address()),
                line(getTranslation("appointment.record.insurance"), record.insuranceDetails()),
                line(getTranslation("appointment.record.medicalHistory"), record.medicalHistory()),
                line(getTranslation("appointment.record.emergencyContact"), record.emergencyContact()));
        getFooter()
                .add(
                        ChatLinks.messagePatient(record.patientId()),
                        new Button(getTranslation("appointment.record.close"), event -> close()));
    }

    private static Div line(String label, @Nullable String value) {
        var name = new Span(label);
        name.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var text = new Div(value == null || value.isBlank() ? "—" : value);
        text.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        var line = new Div(name, text);
        line.addClassNames(LumoUtility.Margin.Bottom.SMALL);
        return line;
    }
}
