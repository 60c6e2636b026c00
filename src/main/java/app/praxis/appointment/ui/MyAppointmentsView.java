package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.MyAppointments;
import app.praxis.appointment.ReminderService;
import app.praxis.appointment.ui.AppointmentCardView.Perspective;
import app.praxis.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/** The patient's appointments: upcoming ones can be moved or cancelled until the cut-off. */
@Route("appointments")
@Menu(title = "My appointments", order = 2, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PATIENT)
class MyAppointmentsView extends Main implements HasDynamicTitle {

    final AppointmentList upcoming = new AppointmentList("upcoming-appointments");
    final AppointmentList past = new AppointmentList("past-appointments");
    final Checkbox reminders = new Checkbox(getTranslation("appointment.mine.reminders"));

    private final AppointmentService appointments;
    private final BookingService booking;
    private final DoctorDirectory directory;
    private final ObjectProvider<AppointmentSection> sections;

    MyAppointmentsView(
            AppointmentService appointments,
            BookingService booking,
            DoctorDirectory directory,
            ObjectProvider<AppointmentSection> sections,
            ReminderService reminderService) {
        this.appointments = appointments;
        this.booking = booking;
        this.directory = directory;
        this.sections = sections;
        setId("my-appointments");
        addClassNames("praxis-form");
        reminders.setId("reminders-switch");
        reminders.setValue(reminderService.remindersOn());
        reminders.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                reminderService.setRemindersOn(event.getValue());
                Notification.show(getTranslation(
                        event.getValue() ? "appointment.mine.remindersOn" : "appointment.mine.remindersOff"));
            }
        });
        add(
                new H2(getTranslation("appointment.mine.heading")),
                reminders,
                new H3(getTranslation("appointment.mine.upcoming")),
                upcoming,
                new H3(getTranslation("appointment.mine.past")),
                past);
        refresh();
    }

    void refresh() {
        MyAppointments mine = appointments.myAppointments();
        var all = new ArrayList<>(mine.upcoming());
        all.addAll(mine.past());
        Function<AppointmentRow, List<Component>> parts = AppointmentSection.collect(sections, all, this::refresh);
        upcoming.show(
                mine.upcoming(),
                () -> new Paragraph(
                        new Text(getTranslation("appointment.mine.nothingBooked") + " "),
                        new RouterLink(getTranslation("appointment.mine.findDoctor"), DoctorDirectoryView.class)),
                row -> card(row, parts.apply(row)));
        past.show(
                mine.past(),
                () -> new Paragraph(getTranslation("appointment.mine.noneYet")),
                row -> card(row, parts.apply(row)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.mine.title");
    }

    private AppointmentCardView card(AppointmentRow row, List<Component> parts) {
        var card = new AppointmentCardView(row, Perspective.PATIENT, appointments, parts);
        card.actions.add(ChatLinks.messageDoctor(row.doctorId()));
        if (appointments.patientMayChange(row)) {
            card.addChangeActions(
                    row, booking, directory, getTranslation("appointment.mine.cancelReason"), this::refresh);
        }
        return card;
    }
}
