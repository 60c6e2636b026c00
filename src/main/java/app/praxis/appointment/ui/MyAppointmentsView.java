package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.CalendarFile;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.MyAppointments;
import app.praxis.appointment.ReminderService;
import app.praxis.appointment.ui.AppointmentCards.Sent;
import app.praxis.appointment.ui.AppointmentSection.File;
import app.praxis.appointment.ui.AppointmentSection.Line;
import app.praxis.appointment.ui.AppointmentSection.Part;
import app.praxis.base.Formats;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The patient's appointments: upcoming ones can be moved or cancelled until the cut-off. The whole page is one
 * element drawn in the browser ({@link AppointmentCards}: headings, the reminders switch, both lists of cards, the
 * empty texts); the view keeps nothing of the rows but what it sent, and reads an appointment again when one of its
 * buttons is used. Dialogs are made when opened and remove themselves when closed.
 */
@Route("appointments")
@Menu(title = "My appointments", order = 2, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PATIENT)
class MyAppointmentsView extends Main implements HasDynamicTitle {

    static final String RESCHEDULE = AppointmentCards.RESCHEDULE;
    static final String CANCEL = AppointmentCards.CANCEL;
    static final String CALENDAR_FILE = AppointmentCards.CALENDAR_FILE;

    /** The directory's route (navigation by path, as the element's link does). */
    static final String DIRECTORY = "doctors";

    final AppointmentCards page;

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
        page = new AppointmentCards(texts());
        page.onReminders(on -> {
            reminderService.setRemindersOn(on);
            Notification.show(getTranslation(on ? "appointment.mine.remindersOn" : "appointment.mine.remindersOff"));
        });
        page.onAction(this::act);
        page.serveDownloads(this::download);
        add(page);
        refresh();
    }

    /** The page's constant texts, sent once (the element's keys). */
    private Map<String, String> texts() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("heading", getTranslation("appointment.mine.heading"));
        texts.put("reminders", getTranslation("appointment.mine.reminders"));
        texts.put("upcoming", getTranslation("appointment.mine.upcoming"));
        texts.put("past", getTranslation("appointment.mine.past"));
        texts.put("nothingBooked", getTranslation("appointment.mine.nothingBooked"));
        texts.put("findDoctor", getTranslation("appointment.mine.findDoctor"));
        texts.put("findDoctorHref", DIRECTORY);
        texts.put("noneYet", getTranslation("appointment.mine.noneYet"));
        texts.put("ics", getTranslation("appointment.card.calendarFile"));
        texts.put("chat", getTranslation("appointment.chat.messageDoctor"));
        texts.put("reschedule", getTranslation("appointment.card.reschedule"));
        texts.put("cancel", getTranslation("appointment.card.cancel"));
        return texts;
    }

    void refresh() {
        MyAppointments mine = appointments.myAppointments();
        var all = new ArrayList<>(mine.upcoming());
        all.addAll(mine.past());
        Function<AppointmentRow, List<Part>> parts = AppointmentSection.collectParts(sections, all);
        page.showReminders(mine.remindersOn()); // read with the patient's record: no read of its own
        page.show(
                mine.upcoming().stream().map(row -> card(row, parts.apply(row))).toList(),
                mine.past().stream().map(row -> card(row, parts.apply(row))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.mine.title");
    }

    private Sent card(AppointmentRow row, List<Part> parts) {
        var lines = new ArrayList<Line>();
        lines.add(Line.of(getTranslation("appointment.card.reason", row.reason() == null ? "—" : row.reason())));
        if (row.cancellationReason() != null) {
            lines.add(Line.of(getTranslation("appointment.card.cancelled", row.cancellationReason())));
        }
        return new Sent(
                row.id(),
                Formats.current().span(row.date(), row.startTime(), row.endTime()),
                getTranslation(row.status().textKey()),
                AppointmentCardView.badgeTheme(row.status()),
                "Dr. " + row.doctorName() + (row.specialization() == null ? "" : " · " + row.specialization()),
                lines,
                parts,
                row.rescheduleCount() > 0 ? getTranslation("appointment.card.moved", row.rescheduleCount()) : null,
                true,
                ChatLinks.MESSAGES + "?doctor=" + row.doctorId(),
                appointments.patientMayChange(row));
    }

    /** A button of a card shown (the element checked that the card offers it). */
    private void act(long appointmentId, String action) {
        if (action.equals(AppointmentCards.HISTORY)) {
            page.showHistory(
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
