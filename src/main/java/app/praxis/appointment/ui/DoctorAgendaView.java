package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorAgenda;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.ui.AppointmentCardView.Perspective;
import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The doctor's appointments: earlier ones awaiting a verdict, today's, and the next four weeks; upcoming ones can
 * be moved to another free slot or cancelled with a message to the patient.
 */
@Route("doctor/appointments")
@Menu(title = "Appointments", order = 1, icon = "vaadin:calendar-clock")
@RolesAllowed(Roles.DOCTOR)
class DoctorAgendaView extends Main implements HasDynamicTitle {

    final AppointmentList awaiting = new AppointmentList("awaiting-outcome");
    final AppointmentList today = new AppointmentList("today");
    final AppointmentList upcoming = new AppointmentList("upcoming");

    private final AppointmentService appointments;
    private final BookingService booking;
    private final DoctorDirectory directory;
    private final ObjectProvider<AppointmentSection> sections;

    DoctorAgendaView(
            AppointmentService appointments,
            BookingService booking,
            DoctorDirectory directory,
            ObjectProvider<AppointmentSection> sections) {
        this.appointments = appointments;
        this.booking = booking;
        this.directory = directory;
        this.sections = sections;
        setId("doctor-agenda");
        addClassNames("praxis-form");
        add(
                new H2(getTranslation("appointment.agenda.heading")),
                new H3(getTranslation("appointment.agenda.awaiting")),
                awaiting,
                new H3(getTranslation("appointment.agenda.today")),
                today,
                new H3(getTranslation("appointment.agenda.upcoming")),
                upcoming);
        refresh();
    }

    void refresh() {
        DoctorAgenda agenda = appointments.doctorAgenda();
        fill(awaiting, agenda.awaitingOutcome(), getTranslation("appointment.agenda.nothingWaiting"));
        fill(today, agenda.today(), getTranslation("appointment.agenda.noneToday"));
        fill(upcoming, agenda.upcoming(), getTranslation("appointment.agenda.nothingBooked"));
    }

    private void fill(AppointmentList list, List<AppointmentRow> rows, String whenEmpty) {
        Function<AppointmentRow, List<Component>> parts = AppointmentSection.collect(sections, rows, this::refresh);
        list.show(rows, () -> new Paragraph(whenEmpty), row -> card(row, parts.apply(row)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.agenda.title");
    }

    private AppointmentCardView card(AppointmentRow row, List<Component> parts) {
        var card = new AppointmentCardView(row, Perspective.DOCTOR, appointments, parts);
        var record = new Button(
                getTranslation("appointment.agenda.patientRecord"),
                event -> new PatientRecordDialog(appointments.patientRecord(row.patientId())).open());
        record.addClassNames("patient-record");
        card.actions.add(record, ChatLinks.messagePatient(row.patientId()));
        if (appointments.outcomeDue(row)) {
            card.actions.add(
                    outcomeButton(row, AppointmentStatus.COMPLETED, getTranslation("appointment.agenda.completed")),
                    outcomeButton(row, AppointmentStatus.NO_SHOW, getTranslation("appointment.agenda.noShow")));
        }
        if (appointments.practiceMayCancel(row)) {
            card.addChangeActions(
                    row, booking, directory, getTranslation("appointment.agenda.messageToPatient"), this::refresh);
        }
        return card;
    }

    private Button outcomeButton(AppointmentRow row, AppointmentStatus outcome, String label) {
        var button = new Button(label, event -> {
            try {
                appointments.recordOutcome(row.id(), outcome);
                refresh();
            } catch (InvalidInputException refusal) {
                refusal.fieldErrors().values().forEach(ErrorDisplay::error);
            }
        });
        button.addClassNames("outcome-" + outcome.name().toLowerCase(Locale.ROOT));
        return button;
    }
}
