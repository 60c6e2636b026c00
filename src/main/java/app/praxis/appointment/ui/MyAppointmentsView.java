package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.MyAppointments;
import app.praxis.appointment.ui.AppointmentCardView.Perspective;
import app.praxis.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The patient's appointments: upcoming ones can be moved or cancelled until the cut-off. */
@Route("appointments")
@PageTitle("My appointments · Praxis")
@Menu(title = "My appointments", order = 2, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PATIENT)
class MyAppointmentsView extends Main {

    final Div upcoming = list("upcoming-appointments");
    final Div past = list("past-appointments");

    private final AppointmentService appointments;
    private final BookingService booking;
    private final DoctorDirectory directory;

    MyAppointmentsView(AppointmentService appointments, BookingService booking, DoctorDirectory directory) {
        this.appointments = appointments;
        this.booking = booking;
        this.directory = directory;
        setId("my-appointments");
        addClassNames("praxis-form");
        add(new H2("My appointments"), new H3("Upcoming"), upcoming, new H3("Past and cancelled"), past);
        refresh();
    }

    void refresh() {
        MyAppointments mine = appointments.myAppointments();
        fill(upcoming, mine.upcoming(), true);
        fill(past, mine.past(), false);
    }

    private void fill(Div list, List<AppointmentRow> rows, boolean upcomingList) {
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(
                    upcomingList
                            ? new Paragraph(
                                    new com.vaadin.flow.component.Text("Nothing booked. "),
                                    new RouterLink("Find a doctor", DoctorDirectoryView.class))
                            : new Paragraph("None yet."));
        }
        rows.forEach(row -> list.add(card(row)));
    }

    private AppointmentCardView card(AppointmentRow row) {
        var card = new AppointmentCardView(row, Perspective.PATIENT, appointments);
        if (appointments.patientMayChange(row)) {
            var reschedule = new Button(
                    "Reschedule", event -> new RescheduleDialog(row, booking, directory, this::refresh).open());
            reschedule.addClassNames("reschedule");
            var cancel = new Button(
                    "Cancel", event -> new CancelDialog(row, "Why are you cancelling?", booking, this::refresh).open());
            cancel.addClassNames("cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.actions.add(reschedule, cancel);
        }
        return card;
    }

    private static Div list(String id) {
        var list = new Div();
        list.setId(id);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return list;
    }
}
