package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.CalendarFile;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.MyAppointments;
import app.praxis.appointment.ReminderService;
import app.praxis.appointment.ui.AppointmentCards.Card;
import app.praxis.appointment.ui.AppointmentCards.Link;
import app.praxis.appointment.ui.AppointmentSection.Action;
import app.praxis.appointment.ui.AppointmentSection.Download;
import app.praxis.appointment.ui.AppointmentSection.File;
import app.praxis.appointment.ui.AppointmentSection.Line;
import app.praxis.appointment.ui.AppointmentSection.Part;
import app.praxis.base.Formats;
import app.praxis.security.Roles;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The patient's appointments: upcoming ones can be moved or cancelled until the cut-off. Each list is one element
 * drawn in the browser ({@link AppointmentCards}); the view keeps nothing of the rows but what it sent, and reads
 * an appointment again when one of its buttons is used.
 */
@Route("appointments")
@Menu(title = "My appointments", order = 2, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PATIENT)
class MyAppointmentsView extends Main implements HasDynamicTitle {

    static final String RESCHEDULE = "reschedule";
    static final String CANCEL = "cancel";
    static final String CALENDAR_FILE = "ics";

    final AppointmentCards upcoming = new AppointmentCards("upcoming-appointments");
    final AppointmentCards past = new AppointmentCards("past-appointments");
    final Paragraph nothingBooked = new Paragraph();
    final Paragraph noneYet = new Paragraph();
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
        for (AppointmentCards list : List.of(upcoming, past)) {
            list.onAction((appointmentId, action) -> act(list, appointmentId, action));
            list.serveDownloads(this::download);
        }
        add(
                new H2(getTranslation("appointment.mine.heading")),
                reminders,
                new H3(getTranslation("appointment.mine.upcoming")),
                nothingBooked,
                upcoming,
                new H3(getTranslation("appointment.mine.past")),
                noneYet,
                past);
        refresh();
    }

    void refresh() {
        MyAppointments mine = appointments.myAppointments();
        var all = new ArrayList<>(mine.upcoming());
        all.addAll(mine.past());
        Function<AppointmentRow, List<Part>> parts = AppointmentSection.collectParts(sections, all);
        upcoming.show(
                mine.upcoming().stream().map(row -> card(row, parts.apply(row))).toList());
        past.show(mine.past().stream().map(row -> card(row, parts.apply(row))).toList());
        nothingBooked.setVisible(mine.upcoming().isEmpty());
        if (mine.upcoming().isEmpty() && nothingBooked.getChildren().findAny().isEmpty()) {
            // Written only when shown (issue 18: the hidden text and link were state nodes in every session)
            nothingBooked.add(
                    new Text(getTranslation("appointment.mine.nothingBooked") + " "),
                    new RouterLink(getTranslation("appointment.mine.findDoctor"), DoctorDirectoryView.class));
        }
        upcoming.setVisible(!mine.upcoming().isEmpty());
        noneYet.setVisible(mine.past().isEmpty());
        if (mine.past().isEmpty()) {
            noneYet.setText(getTranslation("appointment.mine.noneYet"));
        }
        past.setVisible(!mine.past().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.mine.title");
    }

    private Card card(AppointmentRow row, List<Part> parts) {
        var lines = new ArrayList<Line>();
        lines.add(Line.of(getTranslation("appointment.card.reason", row.reason() == null ? "—" : row.reason())));
        if (row.cancellationReason() != null) {
            lines.add(Line.of(getTranslation("appointment.card.cancelled", row.cancellationReason())));
        }
        var actions = new ArrayList<Action>();
        if (appointments.patientMayChange(row)) {
            actions.add(new Action(RESCHEDULE, getTranslation("appointment.card.reschedule"), "reschedule", ""));
            actions.add(new Action(CANCEL, getTranslation("appointment.card.cancel"), "cancel", "error"));
        }
        return new Card(
                row.id(),
                Formats.current().span(row.date(), row.startTime(), row.endTime()),
                getTranslation(row.status().textKey()),
                AppointmentCardView.badgeTheme(row.status()),
                "Dr. " + row.doctorName() + (row.specialization() == null ? "" : " · " + row.specialization()),
                lines,
                parts,
                row.rescheduleCount() > 0 ? getTranslation("appointment.card.moved", row.rescheduleCount()) : null,
                List.of(new Download(CALENDAR_FILE, getTranslation("appointment.card.calendarFile"), "ics-link")),
                List.of(new Link(
                        getTranslation("appointment.chat.messageDoctor"),
                        "message-doctor",
                        ChatLinks.MESSAGES + "?doctor=" + row.doctorId())),
                actions);
    }

    /** A button of a card shown in {@code list} (the list checked that the card offers it). */
    private void act(AppointmentCards list, long appointmentId, String action) {
        if (action.equals(AppointmentCards.HISTORY)) {
            list.showHistory(
                    appointmentId,
                    appointments.history(appointmentId).stream()
                            .map(AppointmentCardView::describe)
                            .toList());
            return;
        }
        Optional<AppointmentRow> row = current(appointmentId);
        if (row.isEmpty()) {
            refresh(); // gone meanwhile: show what there is now
            return;
        }
        switch (action) {
            case RESCHEDULE -> {
                if (appointments.patientMayChange(row.get())) {
                    new RescheduleDialog(row.get(), booking, directory, this::refresh).open();
                } else {
                    refresh();
                }
            }
            case CANCEL -> {
                if (appointments.patientMayChange(row.get())) {
                    new CancelDialog(row.get(), getTranslation("appointment.mine.cancelReason"), booking, this::refresh)
                            .open();
                } else {
                    refresh();
                }
            }
            default -> sections.orderedStream().anyMatch(section -> section.act(row.get(), action, this::refresh));
        }
    }

    /** The file behind a card's download (the list checked that the card offers it; the services check access). */
    private Optional<File> download(long appointmentId, String file) {
        if (file.equals(CALENDAR_FILE)) {
            CalendarFile calendar = appointments.calendarFile(appointmentId);
            return Optional.of(new File(
                    calendar.fileName(),
                    calendar.mediaType(),
                    calendar.content().getBytes(StandardCharsets.UTF_8)));
        }
        return sections.orderedStream()
                .map(section -> section.download(appointmentId, file))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The appointment as it is now, if it is still one of this patient's. */
    private Optional<AppointmentRow> current(long appointmentId) {
        MyAppointments mine = appointments.myAppointments();
        return Stream.concat(mine.upcoming().stream(), mine.past().stream())
                .filter(row -> row.id() == appointmentId)
                .findFirst();
    }
}
