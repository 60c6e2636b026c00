package app.praxis.appointment;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ClinicProperties;
import app.praxis.base.CsvExport;
import app.praxis.base.CurrentLocale;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading appointments (each role sees its own; admins all), their history and calendar file, the patient's
 * record for their doctor, and the doctor's verdict after the visit (COMPLETED or NO_SHOW).
 */
@Service
public class AppointmentService {

    /** The field of a date range's end, where a range that ends before it starts is reported. */
    public static final String TO = "to";

    private static final int LIST_LIMIT = 500;
    private static final int UPCOMING_DAYS = 28;

    private final AppointmentRepository appointments;
    private final AppointmentRowRepository rows;
    private final AppointmentRescheduleRepository reschedules;
    private final CurrentUser currentUser;
    private final BookingRules rules;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Texts texts;
    private final AppointmentSummaries summaries;
    private final EntityManager entityManager;

    AppointmentService(
            AppointmentRepository appointments,
            AppointmentRowRepository rows,
            AppointmentRescheduleRepository reschedules,
            CurrentUser currentUser,
            BookingRules rules,
            ClinicProperties clinic,
            Clock clock,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Texts texts,
            AppointmentSummaries summaries,
            EntityManager entityManager) {
        this.audit = audit;
        this.texts = texts;
        this.summaries = summaries;
        this.entityManager = entityManager;
        this.appointments = appointments;
        this.rows = rows;
        this.reschedules = reschedules;
        this.currentUser = currentUser;
        this.rules = rules;
        this.clinic = clinic;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The signed-in patient's appointments, upcoming and past, and their reminders setting: two plain reads without a
     * transaction (the patient's id with the setting, then the list in one statement), as the page after every
     * booking asks for them (issue 18: round trips).
     */
    @RolesAllowed(Roles.PATIENT)
    public MyAppointments myAppointments() {
        AppointmentRowRepository.PatientOfUser patient = rows.patientOfUser(
                        currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noPatientRecord")));
        long patientId = patient.patientId();
        LocalDateTime now = now();
        var filter = AppointmentFilter.none().forPatient(patientId);
        List<AppointmentRow> all = rows.find(filter, true, 0, LIST_LIMIT, now.toLocalDate());
        Map<Boolean, List<AppointmentRow>> byUpcoming = all.stream()
                .collect(Collectors.partitioningBy(
                        row -> row.status().isLive() && row.endsAt().isAfter(now)));
        List<AppointmentRow> upcoming = byUpcoming.get(true).reversed();
        List<AppointmentRow> past = byUpcoming.get(false);
        return new MyAppointments(upcoming, past, patient.remindersOn());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.DOCTOR)
    public DoctorAgenda doctorAgenda() {
        long doctorId = signedInDoctorId();
        LocalDate today = now().toLocalDate();
        var scheduled = AppointmentStatus.SCHEDULED;
        return new DoctorAgenda(
                agenda(new AppointmentFilter(doctorId, null, null, null, scheduled, null, today.minusDays(1)), true),
                agenda(new AppointmentFilter(doctorId, null, null, null, null, today, today), false),
                agenda(
                        new AppointmentFilter(
                                doctorId,
                                null,
                                null,
                                null,
                                scheduled,
                                today.plusDays(1),
                                today.plusDays(UPCOMING_DAYS)),
                        false));
    }

    private List<AppointmentRow> agenda(AppointmentFilter filter, boolean newestFirst) {
        return rows.find(filter, newestFirst, 0, LIST_LIMIT, now().toLocalDate());
    }

    /**
     * The appointments in a doctor's slots on the days [from, until], keyed by slot id, for the doctor's calendar:
     * one query for the whole range. The doctor's own calendar, or any for admins.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public Map<Long, AppointmentRow> appointmentsInSlots(long doctorId, LocalDate from, LocalDate until) {
        requireOwnCalendar(doctorId);
        return rows.holdingSlots(doctorId, from, until, now().toLocalDate());
    }

    /**
     * All appointments, for admins: filtered, sorted and paged in the database. The page's sort names an
     * {@link AppointmentSort} (the grid's column keys); unsorted is today first, then upcoming, then past. A
     * "from" after "to" is refused on {@link #TO} before any query runs.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AppointmentRow> search(AppointmentFilter filter, Pageable page) {
        requireRange(filter, texts);
        return rows.find(
                filter, AppointmentSort.orderBy(page.getSort()), page.getOffset(), page.getPageSize(), today());
    }

    /**
     * {@link #search(AppointmentFilter, Pageable)} for a grid scrolling on: {@code previous} is the last row of the
     * page before (the row at {@code page.getOffset() - 1} in this filter and sort, as the caller read it), and the
     * page is read as a seek from it, as cheap at any depth as the first page. Without one (a jump), the page is found by
     * its offset: in the default, date and status orders from the day totals (V0019), skipping within one day.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AppointmentRow> search(AppointmentFilter filter, Pageable page, @Nullable AppointmentRow previous) {
        requireRange(filter, texts);
        String orderBy = AppointmentSort.orderBy(page.getSort());
        if (previous != null) {
            var after = rows.findAfter(filter, orderBy, previous, page.getPageSize(), today());
            if (after != null) {
                return after;
            }
        }
        return rows.find(filter, orderBy, page.getOffset(), page.getPageSize(), today());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(AppointmentFilter filter) {
        requireRange(filter, texts);
        return rows.count(filter);
    }

    /**
     * All appointments the filter selects, in the grid's order ({@code sort} as in {@link #search}), as CSV (UTF-8
     * with BOM, formulas neutralised): written to {@code out} row by row.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public void exportCsv(AppointmentFilter filter, Sort sort, OutputStream out) throws IOException {
        requireRange(filter, texts);
        try (var csv = CsvExport.open(
                out,
                texts.get("appointment.csv.id"),
                texts.get("appointment.csv.date"),
                texts.get("appointment.csv.start"),
                texts.get("appointment.csv.end"),
                texts.get("appointment.csv.doctor"),
                texts.get("appointment.csv.specialization"),
                texts.get("appointment.csv.patient"),
                texts.get("appointment.csv.status"),
                texts.get("appointment.csv.reason"),
                texts.get("appointment.csv.cancellationReason"),
                texts.get("appointment.csv.reschedules"))) {
            rows.forEach(
                    filter,
                    AppointmentSort.orderBy(sort),
                    today(),
                    row -> csv.row(
                            row.id(),
                            row.date(),
                            row.startTime(),
                            row.endTime(),
                            row.doctorName(),
                            row.specialization(),
                            row.patientName(),
                            row.status().name(),
                            row.reason(),
                            row.cancellationReason(),
                            row.rescheduleCount()));
        }
    }

    /** Refuses a range whose "from" is after its "to" (nothing would match: the admin mistyped). */
    public static void requireRange(AppointmentFilter filter, Texts texts) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException(TO, texts.get("appointment.error.range"));
        }
    }

    /**
     * An appointment's reschedule history, for its patient, its doctor or an admin. An admin opening it (the
     * appointments grid's row details) is outside any care relationship: that viewing of the patient's appointment
     * is written to the audit trail.
     */
    @Transactional // not read-only: an admin's opening is written to the audit trail
    @PreAuthorize("isAuthenticated()")
    public List<RescheduleEntry> history(long appointmentId) {
        Appointment appointment = requireAccessible(appointmentId);
        if (currentUser.require().hasRole(Roles.ADMIN)) {
            audit.record(
                    AuditAction.VIEWED_APPOINTMENTS,
                    appointment.getPatient().getUser().getId(),
                    "appointment",
                    appointmentId);
        }
        return rows.history(appointmentId, clinic.timeZone());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CalendarFile calendarFile(long appointmentId) {
        Appointment appointment = requireAccessible(appointmentId);
        var notice = AppointmentNotice.of(appointment, reschedules.countByAppointmentId(appointmentId));
        boolean cancelled = appointment.getStatus() == AppointmentStatus.CANCELLED;
        return new CalendarFile(
                AppointmentCalendarFile.fileName(notice),
                AppointmentCalendarFile.MEDIA_TYPE,
                AppointmentCalendarFile.of(
                        notice, clinic.timeZone(), cancelled, CurrentLocale.language(), texts, clock.instant()));
    }

    /** The record of a patient the signed-in doctor has (or had) an appointment with; admins see any. */
    @Transactional // not read-only: the opening is written to the audit trail
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public PatientRecord patientRecord(long patientId) {
        PraxisUser user = currentUser.require();
        if (!user.hasRole(Roles.ADMIN) && !appointments.existsByDoctorIdAndPatientId(signedInDoctorId(), patientId)) {
            throw new NotFoundException(texts.get("appointment.error.noSuchPatient"));
        }
        var patient = appointments
                .findPatient(patientId)
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchPatient")));
        var person = patient.getUser();
        audit.record(AuditAction.VIEWED_PATIENT_RECORD, person.getId(), "patient", patient.getId());
        return new PatientRecord(
                patient.getId(),
                person.getFullName(),
                person.getDateOfBirth(),
                person.ageOn(now().toLocalDate()),
                person.getPhone(),
                person.getGender() == null
                        ? null
                        : texts.get("patient.gender." + person.getGender().name()),
                person.getAddress(),
                patient.getInsuranceDetails(),
                patient.getMedicalHistory(),
                patient.getEmergencyContact());
    }

    /**
     * Whether this doctor and patient have or had an appointment (in any status): what lets them start a chat.
     * A doctor or patient may only ask about themselves.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public boolean haveMet(long doctorId, long patientId) {
        PraxisUser user = currentUser.require();
        long self = user.hasRole(Roles.DOCTOR)
                ? signedInDoctorId()
                : appointments
                        .findPatientIdOfUser(user.userId())
                        .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noPatientRecord")));
        if (self != (user.hasRole(Roles.DOCTOR) ? doctorId : patientId)) {
            throw new AccessDeniedException("You can only ask about your own appointments");
        }
        return appointments.existsByDoctorIdAndPatientId(doctorId, patientId);
    }

    /** Whether the signed-in patient has or had an appointment with this doctor (so may write to them). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PATIENT)
    public boolean metDoctor(long doctorId) {
        return appointments
                .findPatientIdOfUser(currentUser.require().userId())
                .map(patientId -> appointments.existsByDoctorIdAndPatientId(doctorId, patientId))
                .orElse(false);
    }

    /** The doctor (or an admin) records how a visit went, once it has started. */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public void recordOutcome(long appointmentId, AppointmentStatus outcome) {
        PraxisUser user = currentUser.require();
        Appointment appointment = appointments
                .lockById(appointmentId)
                .filter(a -> AppointmentAccess.allows(user, a))
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchAppointment")));
        if (now().isBefore(appointment.startsAt())) {
            throw new InvalidInputException(BookingService.APPOINTMENT, texts.get("appointment.error.outcomeTooEarly"));
        }
        if (!appointment.getStatus().canBecome(outcome)) {
            throw new InvalidInputException(
                    BookingService.APPOINTMENT,
                    texts.get(
                            "appointment.error.already",
                            texts.get(appointment.getStatus().textKey())));
        }
        summaries.retract(appointmentId); // the row as it is before the outcome (nothing flushed yet)
        appointment.recordOutcome(outcome);
        entityManager.flush();
        summaries.add(appointmentId);
        audit.record(
                AuditAction.RECORDED_OUTCOME, appointment.getPatient().getUser().getId(), "appointment", appointmentId);
        events.publishEvent(new AppointmentOutcomeRecorded(appointmentId, outcome, user.userId()));
    }

    /** Whether the signed-in patient may still move or cancel this appointment (the service checks again). */
    public boolean patientMayChange(AppointmentRow row) {
        return row.status().isLive() && rules.patientMayChange(row.startsAt(), ZonedDateTime.now(clock));
    }

    /** Whether the doctor can record an outcome yet (the service checks again). */
    public boolean outcomeDue(AppointmentRow row) {
        return row.status().isLive() && !now().isBefore(row.startsAt());
    }

    /** Whether the practice can still cancel (before the start; the service checks again). */
    public boolean practiceMayCancel(AppointmentRow row) {
        return row.status().isLive() && now().isBefore(row.startsAt());
    }

    private Appointment requireAccessible(long appointmentId) {
        PraxisUser user = currentUser.require();
        return appointments
                .findWithParties(appointmentId)
                .filter(a -> AppointmentAccess.allows(user, a))
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchAppointment")));
    }

    /** Admins may open any doctor's calendar; a doctor only their own. */
    void requireOwnCalendar(long doctorId) {
        PraxisUser user = currentUser.require();
        if (user.hasRole(Roles.ADMIN)) {
            return;
        }
        if (!user.hasRole(Roles.DOCTOR) || signedInDoctorId() != doctorId) {
            throw new AccessDeniedException("This is another doctor's calendar");
        }
    }

    private long signedInDoctorId() {
        return appointments
                .findDoctorIdOfUser(currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noDoctorRecord")));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
