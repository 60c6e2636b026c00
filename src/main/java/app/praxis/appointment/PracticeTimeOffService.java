package app.praxis.appointment;

import app.praxis.availability.NewTimeOff;
import app.praxis.availability.TimeOffService;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time off over booked appointments when the doctor chose to cancel them: the appointments the doctor was shown
 * are cancelled with their message to the patient, then the time off is added, all in one transaction. Either
 * all of it happens or none (no patient is told of a cancellation whose time off was then refused; the e-mails
 * go out after the commit). An appointment booked after the doctor looked is never cancelled unseen: the
 * request is refused under the calendar's lock and the doctor is shown the list again.
 */
@Service
@RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
public class PracticeTimeOffService {

    /** The same field the calendar's time off uses for "booked appointments fall inside". */
    public static final String BOOKED = TimeOffService.BOOKED_SLOTS;

    public static final String MESSAGE = "cancelMessage";

    private final AppointmentRepository appointments;
    private final AppointmentRowRepository rows;
    private final AppointmentService appointmentService;
    private final BookingService booking;
    private final TimeOffService timeOff;
    private final BookingRules rules;
    private final Clock clock;
    private final Texts texts;

    PracticeTimeOffService(
            AppointmentRepository appointments,
            AppointmentRowRepository rows,
            AppointmentService appointmentService,
            BookingService booking,
            TimeOffService timeOff,
            BookingRules rules,
            Clock clock,
            Texts texts) {
        this.texts = texts;
        this.appointments = appointments;
        this.rows = rows;
        this.appointmentService = appointmentService;
        this.booking = booking;
        this.timeOff = timeOff;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Cancels the appointments the doctor agreed to cancel ({@code shown}), each with {@code message} to its
     * patient, and adds the time off. Refused, with nothing changed, when another appointment now falls inside
     * ({@link #BOOKED}) or the message is missing ({@link #MESSAGE}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TimeOffWithCancellations cancelAppointmentsAndAddTimeOff(
            long doctorId, NewTimeOff request, Collection<Long> shown, @Nullable String message) {
        appointmentService.requireOwnCalendar(doctorId);
        var plain = new NewTimeOff(request.startsAt(), request.endsAt(), request.reason(), false);
        if (request.startsAt() == null
                || request.endsAt() == null
                || !request.endsAt().isAfter(request.startsAt())) {
            // Nothing to cancel in an invalid range: the calendar names what is wrong with it.
            return new TimeOffWithCancellations(timeOff.addTimeOff(doctorId, plain), List.of());
        }
        appointments
                .lockDoctor(doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchDoctor")));
        List<AppointmentRow> hit = hitBy(doctorId, request.startsAt(), request.endsAt());
        cancelAsShown(hit, shown, message);
        // Re-checks under the lock: a booking that landed meanwhile refuses the time off and rolls all of it back.
        return new TimeOffWithCancellations(timeOff.addTimeOff(doctorId, plain), hit);
    }

    /**
     * The doctor's appointments still to come (scheduled and not yet started), soonest first: what deactivating
     * the doctor would keep or cancel.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AppointmentRow> upcomingOf(long doctorId) {
        return upcoming(doctorId);
    }

    /**
     * Cancels the doctor's upcoming appointments that the admin was shown ({@link #upcomingOf}), each with
     * {@code message} to its patient, the same decision (and the same refusals, {@link #BOOKED} and {@link
     * #MESSAGE}) as time off over booked appointments. Runs in the caller's transaction when there is one, so the
     * deactivation that asked for it and every cancellation commit together or not at all.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.ADMIN)
    public List<AppointmentRow> cancelUpcoming(long doctorId, Collection<Long> shown, @Nullable String message) {
        appointments
                .lockDoctor(doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchDoctor")));
        List<AppointmentRow> upcoming = upcoming(doctorId);
        cancelAsShown(upcoming, shown, message);
        return upcoming;
    }

    /**
     * Cancels {@code hit} (read under the doctor's lock), each with {@code message}; refused, with nothing
     * cancelled, when one of them was not {@code shown} to the person deciding or the message is missing.
     */
    private void cancelAsShown(List<AppointmentRow> hit, Collection<Long> shown, @Nullable String message) {
        List<AppointmentRow> unseen =
                hit.stream().filter(row -> !shown.contains(row.id())).toList();
        if (!unseen.isEmpty()) {
            throw new InvalidInputException(BOOKED, describeUnseen(unseen));
        }
        if (!hit.isEmpty()) {
            checkMessage(message);
        }
        // Cancelled through the booking service, so each one follows the same rules and sends the same e-mail
        // (after the commit) as any cancellation by the practice.
        hit.forEach(row -> booking.cancel(row.id(), message));
    }

    private List<AppointmentRow> upcoming(long doctorId) {
        LocalDateTime now = LocalDateTime.now(clock);
        var scheduled =
                new AppointmentFilter(doctorId, null, null, null, AppointmentStatus.SCHEDULED, now.toLocalDate(), null);
        var rows = new ArrayList<AppointmentRow>();
        this.rows.forEach(scheduled, false, now.toLocalDate(), row -> {
            if (row.startsAt().isAfter(now)) {
                rows.add(row);
            }
        });
        return rows;
    }

    private List<AppointmentRow> hitBy(long doctorId, LocalDateTime from, LocalDateTime until) {
        return rows
                .holdingSlots(doctorId, from.toLocalDate(), until.toLocalDate(), LocalDate.now(clock))
                .values()
                .stream()
                .filter(row -> row.status() == AppointmentStatus.SCHEDULED)
                .filter(row -> row.startsAt().isBefore(until) && from.isBefore(row.endsAt()))
                .toList();
    }

    private void checkMessage(@Nullable String message) {
        var errors = new LinkedHashMap<String, String>();
        rules.checkText(message, MESSAGE, texts.get("appointment.error.patientsMessageMissing"), errors, texts);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private String describeUnseen(List<AppointmentRow> unseen) {
        Formats formats = Formats.current();
        return texts.get(
                "appointment.error.bookedSinceYouLooked",
                unseen.size(),
                unseen.stream()
                        .map(row -> row.patientName() + ", " + formats.date(row.date()) + " "
                                + formats.time(row.startTime()))
                        .collect(Collectors.joining("; ")));
    }
}
