package app.praxis.calendar.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.Bookability;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.PracticeTimeOffService;
import app.praxis.appointment.TimeOffWithCancellations;
import app.praxis.appointment.ui.AppointmentSection;
import app.praxis.availability.AvailabilityPreview;
import app.praxis.availability.AvailabilityService;
import app.praxis.availability.DoctorCalendar;
import app.praxis.availability.NewSlots;
import app.praxis.availability.NewTimeOff;
import app.praxis.availability.SlotTimes;
import app.praxis.availability.SlotsRegenerated;
import app.praxis.availability.TimeOffAdded;
import app.praxis.availability.TimeOffEntry;
import app.praxis.availability.TimeOffService;
import app.praxis.availability.WeeklyHours;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.calendar.CalendarEntry;
import app.praxis.base.ui.calendar.CalendarViewType;
import app.praxis.base.ui.calendar.DateClickedEvent;
import app.praxis.base.ui.calendar.DateRange;
import app.praxis.base.ui.calendar.EntryChangedEvent;
import app.praxis.base.ui.calendar.EntryClickedEvent;
import app.praxis.base.ui.calendar.FullCalendar;
import app.praxis.base.ui.calendar.RangeSelectedEvent;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A doctor's calendar: free and booked slots and time off in week, day or month view; select a range to add
 * slots, drag or resize free slots, click one to delete it; weekly hours and the patient preview beside it.
 * Doctors see their own calendar; admins choose a doctor ({@code doctor/calendar/<doctorId>}).
 */
@Route("doctor/calendar/:doctorId?(\\d{1,18})")
@Menu(title = "Calendar", order = 2, icon = "vaadin:calendar-briefcase")
@RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
class DoctorCalendarView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PHONE_WIDTH = 640;

    private final AvailabilityService availability;
    private final AvailabilityPreview preview;
    private final TimeOffService timeOff;
    private final AppointmentService appointments;
    private final BookingService booking;
    private final PracticeTimeOffService practiceTimeOff;
    private final DoctorDirectory directory;
    private final DoctorService doctors;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final ObjectProvider<AppointmentSection> sections;

    final CalendarToolbar toolbar;
    final FullCalendar calendar;
    /**
     * Built when "Weekly hours" is first opened (issue 18: seven days of time pickers were a third of the page's
     * state nodes in every open calendar, though the hours change once in a while).
     */
    private @Nullable WeeklyHoursForm weeklyHours;

    /** Native {@code <details>} (issue 18: a Vaadin {@code Details} with its summary cost ≈ 3.7 KB per session). */
    private final NativeDetails hours = new NativeDetails(getTranslation("calendar.weeklyHours"));

    final PreviewPanel previewPanel = new PreviewPanel();
    private final Div body = new Div();
    private @Nullable Long doctorId;
    private Location address = new Location("doctor/calendar");
    private @Nullable Bookability bookability;
    /** When bookability and the preview were last asked for. */
    private @Nullable LocalDateTime previewAt;

    final Paragraph banner = new Paragraph();

    DoctorCalendarView(
            AvailabilityService availability,
            AvailabilityPreview preview,
            TimeOffService timeOff,
            AppointmentService appointments,
            BookingService booking,
            PracticeTimeOffService practiceTimeOff,
            DoctorDirectory directory,
            DoctorService doctors,
            AuthenticationContext authentication,
            Clock clock,
            ObjectProvider<AppointmentSection> sections) {
        this.availability = availability;
        this.preview = preview;
        this.timeOff = timeOff;
        this.appointments = appointments;
        this.booking = booking;
        this.practiceTimeOff = practiceTimeOff;
        this.directory = directory;
        this.doctors = doctors;
        this.authentication = authentication;
        this.clock = clock;
        this.sections = sections;
        setId("doctor-calendar");
        addClassNames("doctor-calendar");
        calendar = new FullCalendar(LocalDate.now(clock), LocalDateTime.now(clock));
        calendar.setId("calendar");
        calendar.setSelectable(true);
        calendar.setMoreLinkText(getTranslation("calendar.more"));
        toolbar = new CalendarToolbar(calendar, LocalDate.now(clock));

        // The entries are not kept here: the browser asks for the days it shows (issue 18).
        calendar.setEntrySource(this::entriesFor);
        calendar.addVisibleRangeChangedListener(event -> {
            rememberInAddress();
            refreshDays();
        });
        calendar.addRangeSelectedListener(this::addSlots);
        calendar.addEntryChangedListener(this::moveSlot);
        calendar.addEntryClickedListener(this::openEntry);
        calendar.addDateClickedListener(this::checkTime);
        toolbar.onTimeOff(() -> openTimeOff(LocalDate.now(clock).plusDays(1)));

        hours.setId("weekly-hours");
        hours.addClassNames("calendar-details");
        hours.addToggleListener(event -> {
            if (event.isOpened()) {
                weeklyHours();
            }
        });
        var patientsSee = new NativeDetails(getTranslation("calendar.patientsSee"), previewPanel);
        patientsSee.addClassNames("calendar-details");
        patientsSee.setOpen(true);
        var side = new Div(hours, patientsSee);
        side.addClassNames("doctor-calendar-side");
        body.addClassNames("doctor-calendar-body");
        body.add(calendar, side);
        banner.setId("bookability-banner");
        banner.addClassNames("calendar-banner");
        banner.getElement().setAttribute("role", "status");
        banner.setVisible(false);
        add(toolbar, banner, body);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Phones get the day view: a week of seven columns does not fit 375 px.
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < PHONE_WIDTH
                    && !address.getQueryParameters().getParameters().containsKey("view")) {
                calendar.setViewType(CalendarViewType.DAY);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address = event.getLocation();
        showRequestedDays(address.getQueryParameters());
        boolean admin = authentication.hasRole(Roles.ADMIN);
        Optional<Long> requested =
                event.getRouteParameters().getLong("doctorId").filter(id -> admin);
        doctorId = admin ? requested.orElse(null) : doctors.signedInDoctorId().orElse(null);
        if (admin) {
            List<DoctorSummary> all = doctors.allDoctors();
            if (doctorId != null && all.stream().noneMatch(d -> d.doctorId() == doctorId)) {
                // No editable empty calendar for a doctor who does not exist: the address is simply not found.
                event.rerouteToError(
                        com.vaadin.flow.router.NotFoundException.class, getTranslation("calendar.noSuchDoctor"));
                return;
            }
            toolbar.showDoctorPicker(all, doctorId);
        }
        body.setVisible(doctorId != null);
        toolbar.setEditingEnabled(doctorId != null);
        if (doctorId == null) {
            toolbar.showMessage(getTranslation(admin ? "calendar.chooseDoctor" : "calendar.noDoctorRecord"));
            return;
        }
        toolbar.showMessage("");
        // The calendar asks for its entries once it is shown.
        refreshPreview();
    }

    /** The weekly hours' form, opened; built (with the saved hours) the first time. */
    WeeklyHoursForm weeklyHours() {
        WeeklyHoursForm form = weeklyHours;
        if (form == null) {
            form = new WeeklyHoursForm();
            form.addSaveListener(event -> saveWeeklyHours(event.hours()));
            form.setValue(availability.weeklyHours(doctorId()));
            weeklyHours = form;
            hours.setContent(form);
        }
        hours.setOpen(true);
        return form;
    }

    /** {@code ?view=day&date=2030-01-07} opens those days, so the address can be bookmarked and survives a reload. */
    private void showRequestedDays(QueryParameters query) {
        query.getSingleParameter("view").flatMap(DoctorCalendarView::viewType).ifPresent(calendar::setViewType);
        query.getSingleParameter("date").flatMap(DoctorCalendarView::date).ifPresent(calendar::setDate);
    }

    private void rememberInAddress() {
        var query = QueryParameters.simple(Map.of(
                "view", calendar.getViewType().name().toLowerCase(Locale.ROOT),
                "date", calendar.getDate().toString()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(address.getPath(), query)));
    }

    private static Optional<CalendarViewType> viewType(String text) {
        return Arrays.stream(CalendarViewType.values())
                .filter(type -> type.name().equalsIgnoreCase(text))
                .findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Has the browser fetch the shown days again and reloads the preview (after a change). */
    void refresh() {
        if (doctorId == null) {
            return;
        }
        calendar.refreshEntries();
        refreshPreview();
    }

    /**
     * Another week, day or month: the browser asks for its days itself. Bookability and the preview do not depend on
     * which days are shown, only on the doctor's data and the time: they are asked again only once they are a minute
     * old (issue 18: a week's click asked four services, two of them for the same unchanged preview).
     */
    private void refreshDays() {
        if (doctorId == null) {
            return;
        }
        if (previewAt == null || !LocalDateTime.now(clock).isBefore(previewAt.plusMinutes(1))) {
            refreshPreview();
        }
    }

    /** The entries of the days the browser asks for, read from the services each time (none is kept). */
    private List<CalendarEntry> entriesFor(DateRange range, CalendarViewType viewType) {
        if (doctorId == null) {
            return List.of();
        }
        long doctorId = doctorId();
        LocalDateTime now = LocalDateTime.now(clock);
        calendar.setNow(now);
        Map<Long, AppointmentRow> appointmentsBySlot =
                appointments.appointmentsInSlots(doctorId, range.start(), range.lastDay());
        DoctorCalendar days = availability.calendar(doctorId, range.start(), range.lastDay());
        return CalendarEntriesMapper.toEntries(days, appointmentsBySlot, now, viewType);
    }

    private void refreshPreview() {
        long doctorId = doctorId();
        previewAt = LocalDateTime.now(clock);
        bookability = directory.bookability(doctorId);
        previewPanel.showBookability(bookability);
        previewPanel.showBookable(bookability.bookable() ? preview.bookableSlots(doctorId) : List.of());
        banner.setText(bookability.bookable() ? "" : getTranslation("calendar.notBookable", bookability.explanation()));
        banner.setVisible(!bookability.bookable());
    }

    private void addSlots(RangeSelectedEvent event) {
        if (event.isAllDay()) {
            // A day picked in the month view: open it, where times can be selected.
            toolbar.showDay(event.getStart().toLocalDate());
            return;
        }
        toolbar.showSlotError("");
        Integer minutes = toolbar.newSlotMinutes();
        if (minutes != null && event.getStart().plusMinutes(minutes).isAfter(event.getEnd())) {
            // A click (or a selection shorter than one slot) only asks what patients see there: the date click
            // that comes with it explains; nothing is created.
            return;
        }
        attempt(() -> {
            int added = availability
                    .addSlots(doctorId(), new NewSlots(event.getStart(), event.getEnd(), toolbar.newSlotMinutes()))
                    .size();
            notify(getTranslation("calendar.slotsAdded", added));
        });
    }

    private void moveSlot(EntryChangedEvent event) {
        CalendarEntriesMapper.slotId(event.getEntryId())
                .ifPresentOrElse(
                        slotId -> attempt(() -> availability.moveSlot(
                                doctorId(), slotId, new SlotTimes(event.getStart(), event.getEnd()))),
                        this::refresh);
    }

    private void openEntry(EntryClickedEvent event) {
        Optional<LocalDate> freeDay = CalendarEntriesMapper.freeDay(event.getEntryId());
        if (freeDay.isPresent()) {
            toolbar.showDay(freeDay.get());
            return;
        }
        if (doctorId == null) {
            return;
        }
        // What the entry stands for is read again for the day the browser names: an id that is not on this
        // doctor's day (a stale or made-up one) opens nothing.
        long doctorId = doctorId();
        LocalDate day = event.getStart().toLocalDate();
        Map<Long, AppointmentRow> appointmentsOfDay = appointments.appointmentsInSlots(doctorId, day, day);
        Optional<AppointmentRow> appointment =
                CalendarEntriesMapper.slotId(event.getEntryId()).map(appointmentsOfDay::get);
        if (appointment.isPresent()) {
            new AppointmentDialog(
                            appointment.get(),
                            appointments,
                            booking,
                            AppointmentSection.collect(sections, List.of(appointment.get()), this::refresh)
                                    .apply(appointment.get()),
                            !authentication.hasRole(Roles.ADMIN),
                            () -> new MoveAppointmentDialog(appointment.get(), booking, directory, this::refresh)
                                    .open(),
                            this::refresh)
                    .open();
            return;
        }
        DoctorCalendar days = availability.calendar(doctorId, day, day);
        CalendarEntriesMapper.toEntries(days, appointmentsOfDay, LocalDateTime.now(clock), CalendarViewType.DAY)
                .stream()
                .filter(entry -> entry.id().equals(event.getEntryId()))
                .findFirst()
                .ifPresent(entry -> new EntryDialog(
                                entry,
                                () -> {
                                    CalendarEntriesMapper.slotId(entry.id())
                                            .ifPresent(id -> attempt(() -> availability.deleteSlot(doctorId(), id)));
                                    CalendarEntriesMapper.timeOffId(entry.id())
                                            .ifPresent(id -> attempt(() -> {
                                                var back = timeOff.deleteTimeOff(doctorId(), id);
                                                notify(getTranslation("calendar.timeOffRemoved", back.added()));
                                            }));
                                },
                                () -> CalendarEntriesMapper.timeOffId(entry.id())
                                        .flatMap(id -> days.timeOff().stream()
                                                .filter(off -> off.id() == id)
                                                .findFirst())
                                        .ifPresent(this::changeTimeOff))
                        .open());
    }

    private void checkTime(DateClickedEvent event) {
        if (event.isAllDay()) {
            toolbar.showDay(event.getDateTime().toLocalDate());
        } else if (doctorId != null) {
            previewPanel.showCheck(preview.check(doctorId, event.getDateTime()), bookability);
        }
    }

    private void saveWeeklyHours(WeeklyHours hours) {
        try {
            SlotsRegenerated result = availability.saveWeeklyHours(doctorId(), hours);
            weeklyHours().clearErrors();
            notify(getTranslation("calendar.weeklyHoursSaved", result.added(), result.removed()));
            refresh();
        } catch (InvalidInputException e) {
            showUnshown(weeklyHours().showErrors(e.fieldErrors()).values());
        }
    }

    private void changeTimeOff(TimeOffEntry existing) {
        var dialog = new TimeOffDialog(existing.startsAt(), existing.endsAt(), existing.reason(), true);
        dialog.addSaveListener(event -> {
            try {
                TimeOffAdded changed = timeOff.changeTimeOff(doctorId(), existing.id(), event.timeOff());
                dialog.close();
                notify(getTranslation("calendar.timeOffChanged", changed.freeSlotsRemoved()));
                refresh();
            } catch (InvalidInputException e) {
                Map<String, String> unshown = dialog.showErrors(e.fieldErrors());
                if (unshown.remove(TimeOffService.BOOKED_SLOTS) != null) {
                    showConflicts(dialog, event.timeOff());
                }
                showUnshown(unshown.values());
            }
        });
        dialog.open();
    }

    private void openTimeOff(LocalDate day) {
        var dialog = new TimeOffDialog(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        dialog.addSaveListener(event -> {
            try {
                int cancelled = 0;
                TimeOffAdded added;
                if (event.decision() == TimeOffDialog.Decision.CANCEL) {
                    TimeOffWithCancellations result = practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                            doctorId(), event.timeOff(), event.shownAppointments(), event.cancelMessage());
                    added = result.timeOff();
                    cancelled = result.cancelled().size();
                } else {
                    added = timeOff.addTimeOff(doctorId(), event.timeOff());
                }
                dialog.close();
                notify(getTranslation(
                        "calendar.timeOffAdded",
                        added.freeSlotsRemoved(),
                        cancelled,
                        added.bookedSlotsKept().size()));
                refresh();
            } catch (InvalidInputException e) {
                Map<String, String> unshown = dialog.showErrors(e.fieldErrors());
                if (unshown.remove(PracticeTimeOffService.BOOKED) != null) {
                    showConflicts(dialog, event.timeOff());
                    // A booking that arrived after the list was shown: say so, the list now has it.
                    if (event.decision() == TimeOffDialog.Decision.CANCEL) {
                        unshown.put(
                                PracticeTimeOffService.BOOKED, e.fieldErrors().get(PracticeTimeOffService.BOOKED));
                    }
                }
                showUnshown(unshown.values());
            }
        });
        dialog.open();
    }

    private void showConflicts(TimeOffDialog dialog, NewTimeOff request) {
        var from = Objects.requireNonNull(request.startsAt());
        var until = Objects.requireNonNull(request.endsAt());
        dialog.showBookedConflicts(
                timeOff.bookedSlotsIn(doctorId(), from, until),
                appointments.appointmentsInSlots(doctorId(), from.toLocalDate(), until.toLocalDate()));
    }

    /**
     * Runs a calendar edit; a refused slot length is shown on its field, other refusals as a notification, and the
     * calendar shows the outcome.
     */
    private void attempt(Runnable edit) {
        try {
            edit.run();
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<>(e.fieldErrors());
            String slotLength = errors.remove("slotMinutes");
            if (slotLength != null) {
                toolbar.showSlotError(slotLength);
            }
            showUnshown(errors.values());
        }
        refresh();
    }

    private long doctorId() {
        if (doctorId == null) {
            throw new IllegalStateException("No calendar is open");
        }
        return doctorId;
    }

    /** Refusals no field could show, in one notification. */
    static void showUnshown(Collection<String> messages) {
        if (!messages.isEmpty()) {
            Notification.show(String.join(" ", messages), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.pageTitle");
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
