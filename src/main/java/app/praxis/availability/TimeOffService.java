package app.praxis.availability;

import static app.praxis.availability.SlotRules.HH_MM;

import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A doctor's time off: free slots inside it disappear, booked ones are never dropped silently. Same access rule,
 * lock and isolation as {@link AvailabilityService}.
 *
 * <p>Cancelling the appointments of booked slots is the appointment feature's job: it can list them with {@link
 * #bookedSlotsIn}, cancel them, and then add the time off, which then finds no booked slot inside.
 */
@Service
@RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
public class TimeOffService {

    /** The refusal's field when booked appointments fall inside a time off (the caller lists them). */
    public static final String BOOKED_SLOTS = "bookedSlots";

    private static final int MAX_REASON_LENGTH = 255;

    private final AvailabilitySlotRepository slots;
    private final TimeOffRepository timeOffs;
    private final SlotGenerator generator;
    private final CalendarAccess access;
    private final Clock clock;
    private final AvailabilityProperties properties;
    private final Texts texts;
    private final SlotSummaries summaries;

    TimeOffService(
            AvailabilitySlotRepository slots,
            TimeOffRepository timeOffs,
            SlotGenerator generator,
            CalendarAccess access,
            Clock clock,
            AvailabilityProperties properties,
            Texts texts,
            SlotSummaries summaries) {
        this.slots = slots;
        this.timeOffs = timeOffs;
        this.generator = generator;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
        this.texts = texts;
        this.summaries = summaries;
    }

    /** The booked slots a time off from {@code from} to {@code until} would hit, for the doctor to decide about. */
    @Transactional(readOnly = true)
    public List<CalendarSlot> bookedSlotsIn(long doctorId, LocalDateTime from, LocalDateTime until) {
        access.requireAccess(doctorId);
        return slots.findOverlapping(doctorId, from, until).stream()
                .filter(AvailabilitySlot::isBooked)
                .map(CalendarSlot::of)
                .toList();
    }

    /**
     * Adds time off and removes the free slots inside it. Booked slots inside are never dropped: unless the
     * request keeps them, nothing is saved and the error ({@link #BOOKED_SLOTS}) names them.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TimeOffAdded addTimeOff(long doctorId, NewTimeOff request) {
        access.requireAccess(doctorId);
        var errors = new LinkedHashMap<String, String>();
        if (request.startsAt() == null) {
            errors.put("startsAt", texts.get("availability.timeOff.start.missing"));
        }
        if (request.endsAt() == null) {
            errors.put("endsAt", texts.get("availability.timeOff.end.missing"));
        } else if (request.startsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            errors.put("endsAt", texts.get("availability.endAfterStart"));
        } else if (!request.endsAt().isAfter(now())) {
            errors.put("endsAt", texts.get("availability.timeOff.end.past"));
        }
        String reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            errors.put("reason", texts.get("availability.timeOff.reason.tooLong", MAX_REASON_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        lock(doctorId);
        List<AvailabilitySlot> inside = slots.findOverlapping(doctorId, request.startsAt(), request.endsAt());
        List<CalendarSlot> booked = inside.stream()
                .filter(AvailabilitySlot::isBooked)
                .map(CalendarSlot::of)
                .toList();
        if (!booked.isEmpty() && !request.keepBookedSlots()) {
            throw new InvalidInputException(BOOKED_SLOTS, describe(booked));
        }
        TimeOff saved = timeOffs.save(new TimeOff(doctorId, request.startsAt(), request.endsAt(), reason));
        List<Long> free = inside.stream()
                .filter(slot -> !slot.isBooked())
                .map(AvailabilitySlot::getId)
                .toList();
        int removed = free.isEmpty() ? 0 : summaries.deleteFree(free);
        if (removed < free.size()) {
            requireNoNewBooking(doctorId, request, booked);
        }
        return new TimeOffAdded(TimeOffEntry.of(saved), removed, booked);
    }

    /** Ends a time off; the weekly hours fill its days (within the horizon) with slots again. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SlotsRegenerated deleteTimeOff(long doctorId, long timeOffId) {
        access.requireAccess(doctorId);
        TimeOff timeOff = timeOffs.findById(timeOffId)
                .filter(t -> t.getDoctorId() == doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("availability.timeOff.notFound")));
        lock(doctorId);
        timeOffs.delete(timeOff);
        timeOffs.flush();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = later(timeOff.getStartsAt().toLocalDate(), today);
        LocalDate until = earlier(timeOff.getEndsAt().toLocalDate(), properties.horizonEnd(today));
        return generator.regenerate(doctorId, from, until, now());
    }

    /**
     * Changes a time off's times or reason: the old stretch ends (its days get their slots back from the weekly
     * hours) and the new one is added, in one transaction; a refusal of the new one (bad input, booked
     * appointments inside not kept) leaves the old one as it was.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TimeOffAdded changeTimeOff(long doctorId, long timeOffId, NewTimeOff request) {
        access.requireAccess(doctorId);
        timeOffs.findById(timeOffId)
                .filter(t -> t.getDoctorId() == doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("availability.timeOff.notFound")));
        deleteTimeOff(doctorId, timeOffId);
        return addTimeOff(doctorId, request);
    }

    /**
     * A free slot the delete skipped was either kept for a cancelled appointment's history or booked a moment
     * ago, by a booking the delete waited for. Read again (now committed): a booking nobody was shown refuses the
     * time off, so it is never kept silently.
     */
    private void requireNoNewBooking(long doctorId, NewTimeOff request, List<CalendarSlot> shown) {
        List<CalendarSlot> bookedNow = slots.findOverlapping(doctorId, request.startsAt(), request.endsAt()).stream()
                .filter(AvailabilitySlot::isBooked)
                .map(CalendarSlot::of)
                .toList();
        var shownIds = shown.stream().map(CalendarSlot::id).collect(Collectors.toSet());
        if (bookedNow.stream().anyMatch(slot -> !shownIds.contains(slot.id()))) {
            throw new InvalidInputException(BOOKED_SLOTS, describe(bookedNow));
        }
    }

    private String describe(List<CalendarSlot> booked) {
        Formats formats = Formats.current();
        return texts.get(
                "availability.timeOff.booked",
                booked.size(),
                booked.stream()
                        .map(slot -> formats.date(slot.date()) + " " + HH_MM.format(slot.start()))
                        .collect(Collectors.joining(", ")));
    }

    private void lock(long doctorId) {
        slots.lockDoctor(doctorId).orElseThrow(() -> new NotFoundException(texts.get("availability.noSuchDoctor")));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
