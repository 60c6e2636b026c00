package app.praxis.appointment;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.availability.AvailabilitySlot;
import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotReservations;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.CurrentLocale;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking, rescheduling and cancelling. A slot goes to exactly one appointment because the database decides:
 * {@link SlotReservations#reserve} is a conditional update that only one transaction can win, and the live-slot
 * unique key on appointments backs it up. Whoever loses gets {@link #SLOT_TAKEN} and nothing is stored.
 */
@Service
public class BookingService {

    public static final String SLOT = "slotId";
    public static final String REASON = "reason";
    /** Errors about the appointment as a whole (its status, the cut-off), not about one field. */
    public static final String APPOINTMENT = "appointment";

    /** The message (in English; the key {@code appointment.error.slotTaken}) the loser of a race for a slot gets. */
    public static final String SLOT_TAKEN = "Sorry, this time was just taken. Please choose another one.";

    private final AppointmentRepository appointments;
    private final BookingRepository bookings;
    private final AppointmentRescheduleRepository reschedules;
    private final SlotReservations slots;
    private final CurrentUser currentUser;
    private final BookingRules rules;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate bookingTransactions;
    private final AuditTrail audit;
    private final Texts texts;
    private final AppointmentSummaries summaries;

    BookingService(
            AppointmentRepository appointments,
            BookingRepository bookings,
            AppointmentRescheduleRepository reschedules,
            SlotReservations slots,
            CurrentUser currentUser,
            BookingRules rules,
            Clock clock,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            DataSource dataSource,
            AuditTrail audit,
            Texts texts,
            AppointmentSummaries summaries) {
        this.audit = audit;
        this.texts = texts;
        this.summaries = summaries;
        this.appointments = appointments;
        this.bookings = bookings;
        this.reschedules = reschedules;
        this.slots = slots;
        this.currentUser = currentUser;
        this.rules = rules;
        this.clock = clock;
        this.entityManager = entityManager;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.bookingTransactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /**
     * The signed-in patient books a slot: a SCHEDULED appointment, the slot marked booked and (through {@link
     * AppointmentBooked}) a pending payment, all in one transaction. Returns the appointment's id.
     *
     * <p>Booking is the hot path, and its cost is database round trips. A popular slot draws many attempts that
     * can only lose, so the slot is first read once outside any transaction: a slot that cannot be booked at that
     * instant (taken, past, too soon, too far, time off) is refused before a transaction or a lock is opened. That
     * read only ever refuses; what it lets through is decided by the conditional update, which takes the slot only
     * if it is still free and still outside time off. The transaction is a few SQL statements rather than entities
     * ({@link BookingRepository}).
     *
     * <p>Nothing in that transaction is an entity, so it is a JDBC-only one ({@link JdbcTransactionManager} on the
     * application's pool, not a bean: the default manager stays JPA's): no Hibernate session is opened for it. What
     * it calls that must run in the caller's transaction checks for one of either manager ({@code
     * base.CallersTransaction}); everything in it, the listeners of {@link AppointmentBooked} included, writes
     * through {@code JdbcClient} on the transaction's one connection, so it commits or rolls back as one. A booking
     * made inside a transaction already open (a waitlist offer accepted) joins that one instead.
     */
    @RolesAllowed(Roles.PATIENT)
    public long book(long slotId, @Nullable String reason) {
        PraxisUser user = currentUser.require();
        var errors = new LinkedHashMap<String, String>();
        String visitReason = checkReason(reason, texts.get("appointment.error.reasonMissing"), errors);
        Optional<BookableSlot> slot = checkSlot(slots.find(slotId), null, errors);
        throwIfAny(errors);
        TransactionTemplate transaction =
                TransactionSynchronizationManager.isActualTransactionActive() ? transactions : bookingTransactions;
        Long appointmentId = transaction.execute(status -> bookLocked(user, slot.orElseThrow(), visitReason));
        return Objects.requireNonNull(appointmentId);
    }

    /**
     * The booking proper: the patient locked, what the slot read cannot say (the doctor still accepting, the
     * patient's overlaps) checked, then the slot taken by the guard, which also decides taken and time off.
     */
    private long bookLocked(PraxisUser user, BookableSlot slot, String visitReason) {
        long patientId = bookings.lockPatientOfUser(user.userId())
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noPatientRecord")));
        BookingCandidate booking = bookings.candidate(slot, patientId);
        if (!booking.doctorAccepting()) {
            throw new InvalidInputException(SLOT, texts.get("appointment.error.notAccepting", booking.doctorName()));
        }
        if (booking.patientOverlap()) {
            throw new InvalidInputException(SLOT, texts.get("appointment.error.overlap"));
        }
        take(slot, patientId);
        long appointmentId = translatingTakenSlot(() -> bookings.insertAppointment(slot, patientId, visitReason));
        summaries.addBooked(slot.date(), slot.doctorId(), patientId, slot.startTime(), appointmentId, visitReason);
        summaries.booked(patientId, slot.doctorId(), slot.date());
        audit.record(AuditAction.BOOKED_APPOINTMENT, user.userId(), "appointment", appointmentId);
        events.publishEvent(booking.booked(appointmentId, user.userId()));
        return appointmentId;
    }

    /**
     * Moves an appointment to another free slot of the same doctor, with the same guard as booking: the new slot
     * is taken, the old one freed and one history row written, in one transaction.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reschedule(long appointmentId, long newSlotId, @Nullable String reason) {
        PraxisUser user = currentUser.require();
        Appointment appointment = lockAccessible(appointmentId, user);
        requireChangeable(appointment, user);
        // Locked before anything is read, so the overlap check below sees what the patient's other bookings
        // committed, and none can slip in before this transaction ends.
        bookings.lockPatient(appointment.getPatient().getId());
        var errors = new LinkedHashMap<String, String>();
        String why = checkReason(reason, texts.get("appointment.error.rescheduleReasonMissing"), errors);
        Optional<BookableSlot> slot =
                checkSlot(slots.find(newSlotId), appointment.getDoctor().getId(), errors);
        slot.filter(s -> appointment.getSlot() != null
                        && s.id() == appointment.getSlot().getId())
                .ifPresent(s -> errors.put(SLOT, texts.get("appointment.error.sameTime")));
        slot.filter(s -> overlapsAnother(appointment.getPatient().getId(), s, appointment.getId()))
                .ifPresent(s -> errors.putIfAbsent(SLOT, texts.get("appointment.error.overlap")));
        throwIfAny(errors);

        BookableSlot taken = take(slot.orElseThrow(), appointment.getPatient().getId());
        LocalDate oldDate = appointment.getDate();
        LocalTime oldStart = appointment.getStartTime();
        summaries.retract(appointmentId); // the row as it is before the move (nothing flushed yet)
        releaseSlotOf(appointment);
        appointment.moveTo(slotReference(taken), taken);
        reschedules.save(new AppointmentReschedule(
                appointment, oldDate, oldStart, taken.date(), taken.startTime(), why, user.userId(), clock.instant()));
        translatingTakenSlot(() -> {
            entityManager.flush();
            return appointment.getId();
        });
        summaries.add(appointmentId);
        summaries.refreshFirstVisits(
                appointment.getPatient().getId(), appointment.getDoctor().getId());
        int sequence = reschedules.countByAppointmentId(appointmentId);
        audit.record(
                AuditAction.RESCHEDULED_APPOINTMENT,
                appointment.getPatient().getUser().getId(),
                "appointment",
                appointmentId);
        events.publishEvent(
                new AppointmentRescheduled(AppointmentNotice.of(appointment, sequence), oldDate, oldStart, why));
    }

    /**
     * Cancels an appointment and frees its slot. Patients may cancel up to the cut-off before the start; the
     * doctor and admins until the start, and their reason is sent to the patient as a message.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long appointmentId, @Nullable String reason) {
        PraxisUser user = currentUser.require();
        Appointment appointment = lockAccessible(appointmentId, user);
        requireChangeable(appointment, user);
        boolean byPractice = !user.hasRole(Roles.PATIENT);
        var errors = new LinkedHashMap<String, String>();
        String why = checkReason(
                reason,
                texts.get(
                        byPractice
                                ? "appointment.error.practiceMessageMissing"
                                : "appointment.error.cancelReasonMissing"),
                errors);
        throwIfAny(errors);
        // The patient's lock (as booking and moving take it) orders this against the patient's other changes, for
        // their first visit recomputed below; taken before the slot is freed, in the same order as a move.
        bookings.lockPatient(appointment.getPatient().getId());
        summaries.retract(appointmentId); // the row as it is before the cancellation (nothing flushed yet)

        appointment.cancel(why, user.userId());
        audit.record(
                AuditAction.CANCELLED_APPOINTMENT,
                appointment.getPatient().getUser().getId(),
                "appointment",
                appointmentId);
        releaseSlotOf(appointment);
        entityManager.flush();
        summaries.add(appointmentId);
        summaries.refreshFirstVisits(
                appointment.getPatient().getId(), appointment.getDoctor().getId());
        int sequence = reschedules.countByAppointmentId(appointmentId) + 1;
        events.publishEvent(
                new AppointmentCancelled(AppointmentNotice.of(appointment, sequence), why, byPractice, user.userId()));
    }

    /** The longest reason or message the service accepts, for forms to say so up front. */
    public int reasonMaxLength() {
        return rules.reasonMaxLength();
    }

    private Appointment lockAccessible(long appointmentId, PraxisUser user) {
        return appointments
                .lockById(appointmentId)
                .filter(appointment -> AppointmentAccess.allows(user, appointment))
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchAppointment")));
    }

    private void requireChangeable(Appointment appointment, PraxisUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!appointment.getStatus().isLive()) {
            throw new InvalidInputException(
                    APPOINTMENT,
                    texts.get(
                            "appointment.error.final",
                            texts.get(appointment.getStatus().textKey()).toLowerCase(CurrentLocale.get())));
        }
        if (!now.isBefore(appointment.startsAt())) {
            throw new InvalidInputException(APPOINTMENT, texts.get("appointment.error.started"));
        }
        if (user.hasRole(Roles.PATIENT) && !rules.patientMayChange(appointment.startsAt(), ZonedDateTime.now(clock))) {
            throw new InvalidInputException(
                    APPOINTMENT,
                    texts.get("appointment.error.cutoff", BookingRules.describe(rules.cancellationCutoff(), texts)));
        }
    }

    /** The slot, if it can be booked now; otherwise the reason goes into {@code errors}. */
    private Optional<BookableSlot> checkSlot(
            Optional<BookableSlot> slot, @Nullable Long requiredDoctorId, Map<String, String> errors) {
        Optional<BookableSlot> found = slot.filter(s -> requiredDoctorId == null || s.doctorId() == requiredDoctorId)
                .filter(s -> !s.duringTimeOff());
        if (found.isEmpty()) {
            errors.put(SLOT, texts.get("appointment.error.notOffered"));
            return Optional.empty();
        }
        BookableSlot bookable = found.get();
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (!bookable.startsAt().isAfter(now.toLocalDateTime())) {
            errors.put(SLOT, texts.get("appointment.error.passed"));
        } else if (bookable.startsAt().isBefore(rules.earliestStart(now))) {
            errors.put(
                    SLOT, texts.get("appointment.error.tooSoon", BookingRules.describe(rules.minimumNotice(), texts)));
        } else if (bookable.date().isAfter(rules.lastDay(now))) {
            errors.put(SLOT, texts.get("appointment.error.tooFar", BookingRules.describe(rules.horizon(), texts)));
        } else if (bookable.booked()) {
            errors.put(SLOT, texts.get("appointment.error.slotTaken"));
        }
        return errors.containsKey(SLOT) ? Optional.empty() : found;
    }

    private String checkReason(@Nullable String reason, String whenMissing, Map<String, String> errors) {
        return rules.checkText(reason, REASON, whenMissing, errors, texts);
    }

    private boolean overlapsAnother(long patientId, BookableSlot slot, long exceptAppointmentId) {
        return bookings.patientHasOverlap(patientId, slot, exceptAppointmentId);
    }

    /**
     * The conditional update decides; the loser of a race learns it here, before anything is written. (It also
     * refuses a slot that time off has covered since it was checked; for the patient, that slot is gone too.)
     */
    private BookableSlot take(BookableSlot slot, long patientId) {
        if (!slots.reserve(slot, patientId)) {
            throw new InvalidInputException(SLOT, texts.get("appointment.error.slotTaken"));
        }
        return slot;
    }

    private void releaseSlotOf(Appointment appointment) {
        AvailabilitySlot current = appointment.getSlot();
        if (current != null) {
            slots.release(current.getId());
        }
    }

    private AvailabilitySlot slotReference(BookableSlot slot) {
        return entityManager.getReference(AvailabilitySlot.class, slot.id());
    }

    /** Runs a write; the live-slot unique key's refusal (the last word on a taken slot) becomes the loser's message. */
    private long translatingTakenSlot(LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DataIntegrityViolationException e) {
            throw ConstraintViolations.translate(
                    e,
                    Map.of(
                            "uk_appointment_live_slot",
                            new FieldMessage(SLOT, texts.get("appointment.error.slotTaken"))));
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
