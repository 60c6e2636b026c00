package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.Bookability;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.base.Formats;
import app.praxis.base.ui.component.HomeSection;
import app.praxis.doctor.DoctorService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The doctor's "My day": today's appointments in order, and the next time patients can book (or why none). */
@org.springframework.stereotype.Component
class DoctorDaySection implements HomeSection {

    private final AppointmentService appointments;
    private final DoctorDirectory directory;
    private final DoctorService doctors;
    private final Clock clock;

    DoctorDaySection(AppointmentService appointments, DoctorDirectory directory, DoctorService doctors, Clock clock) {
        this.appointments = appointments;
        this.directory = directory;
        this.doctors = doctors;
        this.clock = clock;
    }

    @Override
    public String home() {
        return "doctor";
    }

    @Override
    public Component create() {
        var day = new Div();
        day.setId("my-day");
        day.addClassNames("my-day");
        Optional<Long> doctorId = doctors.signedInDoctorId();
        if (doctorId.isEmpty()) {
            return day; // an account without a doctor record has no day to show
        }
        List<AppointmentRow> today = appointments.doctorAgenda().today();
        Formats formats = Formats.current();
        day.add(new H3(day.getTranslation("appointment.day.heading", formats.day(LocalDate.now(clock)), today.size())));
        if (today.isEmpty()) {
            day.add(new Paragraph(day.getTranslation("appointment.agenda.noneToday")));
        } else {
            var list = new UnorderedList();
            list.setId("my-day-appointments");
            today.forEach(row -> list.add(new ListItem(formats.time(row.startTime()) + "–"
                    + formats.time(row.endTime()) + " " + row.patientName()
                    + (row.reason() == null || row.reason().isBlank() ? "" : " · " + row.reason())
                    + " (" + day.getTranslation(row.status().textKey()) + ")")));
            day.add(list);
        }
        var next = new Paragraph();
        next.setId("my-day-next-free");
        next.setText(next(next, directory.bookability(doctorId.get())));
        var emails = new Checkbox(day.getTranslation("appointment.day.emails"), doctors.emailsOnPatientChanges());
        emails.setId("doctor-booking-emails");
        emails.addValueChangeListener(event -> doctors.setEmailsOnPatientChanges(event.getValue()));
        day.add(next, new Anchor("doctor/appointments", day.getTranslation("appointment.day.all")), new Div(emails));
        return day;
    }

    private static String next(Component where, Bookability answer) {
        return answer.next()
                .map(when -> where.getTranslation(
                        "appointment.day.nextFree", Formats.current().when(when)))
                .orElse(where.getTranslation("appointment.day.notBookable", answer.explanation()));
    }
}
