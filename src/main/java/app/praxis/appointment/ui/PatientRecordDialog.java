package app.praxis.appointment.ui;

import app.praxis.appointment.PatientRecord;
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
                        "Date of birth",
                        record.dateOfBirth() == null
                                ? null
                                : Formats.day(record.dateOfBirth()) + " (" + record.age() + " years)"),
                line("Gender", record.gender()),
                line("Phone", record.phone()),
                line("Address", record.address()),
                line("Insurance", record.insuranceDetails()),
                line("Medical history", record.medicalHistory()),
                line("Emergency contact", record.emergencyContact()));
        getFooter().add(ChatLinks.messagePatient(record.patientId()), new Button("Close", event -> close()));
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
