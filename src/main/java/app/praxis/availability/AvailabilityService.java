package app.praxis.availability;

import static app.praxis.availability.SlotRules.HH_MM;

import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.DaySpan;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A doctor's calendar: weekly hours and the slots (generated and one-off); time off is {@link TimeOffService}'s. Every method checks that the caller is the
 * doctor the calendar belongs to, or an admin. Every write locks the doctor's row before it checks for overlaps,
 * so concurrent edits of one calendar check and write one after the other; booked slots are only ever read here.
 *
 * <p>Writes run READ COMMITTED: under MySQL's default REPEATABLE READ, the overlap check after the lock would read
 * the snapshot taken by the transaction's first query (the access check) and miss slots a concurrent edit
 * committed while this one waited for the lock.
 */
@Service
@RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
public class AvailabilityService {

    private final AvailabilitySlotRepository slots;
    private final WeeklyScheduleRepository schedules;
    private final TimeOffRepository timeOffs;
    private final SlotGenerator generator;
    private final CalendarAccess access;
    private final Clock clock;
    private final AvailabilityProperties properties;
    private final Texts texts;
    private final SlotSummaries summaries;

    AvailabilityService(
            AvailabilitySlotRepository slots,
            WeeklyScheduleRepository schedules,
            TimeOffRepository timeOffs,
            SlotGenerator generator,
            CalendarAccess access,
            Clock clock,
            AvailabilityProperties properties,
            Texts texts,
            SlotSummaries summaries) {
        this.slots = slots;
        this.schedules = schedules;
        this.timeOffs = timeOffs;
        this.generator = generator;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
        this.texts = texts;
        this.summaries = summaries;
    }

    /** The unique key is the database's last word on two slots starting at once (the lock should prevent it). */
    private Map<String, FieldMessage> sameStart() {
        return Map.of(
                "uk_availability_doctor_start", new FieldMessage("start", texts.get("availability.slot.sameStart")));
    }

    /** Slots and time off on the days [from, until]. */
    @Transactional(readOnly = true)
    public DoctorCalendar calendar(long doctorId, LocalDate from, LocalDate until) {
        access.requireAccess(doctorId);
        List<CalendarSlot> slotsInRange = slots.findInRange(doctorId, from, until).stream()
                .map(CalendarSlot::of)
                .toList();
        List<TimeOffEntry> off =
                timeOffs
                        .findOverlapping(
                                doctorId, from.atStartOfDay(), until.plusDays(1).atStartOfDay())
                        .stream()
                        .map(TimeOffEntry::of)
                        .toList();
        return new DoctorCalendar(slotsInRange, off);
    }

    @Transactional(readOnly = true)
    public WeeklyHours weeklyHours(long doctorId) {
        access.requireAccess(doctorId);
        List<WeeklySchedule> rows = schedules.findByDoctor(doctorId);
        if (rows.isEmpty()) {
            return WeeklyHours.empty(today());
        }
        WeeklySchedule first = rows.getFirst();
        return new WeeklyHours(
                rows.stream()
                        .map(row -> new WeeklyInterval(row.getDayOfWeek(), row.getStartTime(), row.getEndTime()))
                        .toList(),
                first.getSlotMinutes(),
                first.getBufferMinutes(),
                // Days before today no longer matter: shown from today, the plan can be saved again unchanged.
                first.getValidFrom().isBefore(today()) ? today() : first.getValidFrom(),
                first.getValidUntil());
    }

    /**
     * Replaces the doctor's weekly hours and regenerates their free weekly slots for the horizon. Saving the same
     * hours twice changes nothing; booked and one-off slots stay where they are.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SlotsRegenerated saveWeeklyHours(long doctorId, WeeklyHours hours) {
        access.requireAccess(doctorId);
        Map<String, String> errors = SlotRules.check(hours, today(), texts);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        lock(doctorId);
        schedules.deleteByDoctor(doctorId);
        int buffer = hours.bufferMinutes() == null ? 0 : hours.bufferMinutes();
        schedules.saveAll(hours.intervals().stream()
                .map(interval -> new WeeklySchedule(
                        doctorId,
                        interval.day(),
                        interval.start(),
                        interval.end(),
                        hours.slotMinutes(),
                        buffer,
                        hours.validFrom(),
                        hours.validUntil()))
                .toList());
        return generator.regenerate(doctorId, today(), horizonEnd(), now());
    }

    /** Cuts the selected range into one-off slots; all of them are added, or none. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<CalendarSlot> addSlots(long doctorId, NewSlots request) {
        access.requireAccess(doctorId);
        var errors = new LinkedHashMap<String, String>();
        checkRange(request.start(), request.end(), errors);
        SlotRules.slotLength(request.slotMinutes(), texts).ifPresent(message -> errors.put("slotMinutes", message));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate date = request.start().toLocalDate();
        List<TimeRange> pieces =
                new TimeRange(request.start().toLocalTime(), request.end().toLocalTime()).cut(request.slotMinutes(), 0);
        if (pieces.isEmpty()) {
            throw new InvalidInputException("end", texts.get("availability.shorterThanSlot", request.slotMinutes()));
        }
        lock(doctorId);
        requireFree(
                doctorId,
                date,
                new TimeRange(pieces.getFirst().start(), pieces.getLast().end()),
                null);
        try {
            List<AvailabilitySlot> added = slots.saveAllAndFlush(pieces.stream()
                    .map(piece -> new AvailabilitySlot(doctorId, date, piece.start(), piece.end(), SlotSource.ONE_OFF))
                    .toList());
            summaries.add(added.stream().map(AvailabilitySlot::getId).toList());
            return added.stream().map(CalendarSlot::of).toList();
        } catch (DataIntegrityViolationException e) {
            throw ConstraintViolations.translate(e, sameStart());
        }
    }

    /** Moves or resizes a free slot (within one day). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CalendarSlot moveSlot(long doctorId, long slotId, SlotTimes to) {
        access.requireAccess(doctorId);
        AvailabilitySlot slot = editableSlot(
                doctorId, slotId, "availability.slot.booked.notMoved", "availability.slot.started.notMoved");
        var errors = new LinkedHashMap<String, String>();
        checkRange(to.start(), to.end(), errors);
        if (errors.isEmpty()) {
            long minutes = Duration.between(to.start(), to.end()).toMinutes();
            SlotRules.movedSlotLength((int) Math.min(minutes, Integer.MAX_VALUE), texts)
                    .ifPresent(message -> errors.put("end", message));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate date = to.start().toLocalDate();
        var range = new TimeRange(to.start().toLocalTime(), to.end().toLocalTime());
        lock(doctorId);
        requireFree(doctorId, date, range, slotId);
        try {
            if (summaries.moveFree(slotId, date, range.start(), range.end()) == 0) {
                throw bookedMeanwhile();
            }
        } catch (DataIntegrityViolationException e) {
            throw ConstraintViolations.translate(e, sameStart());
        }
        return slots.findById(slotId).map(CalendarSlot::of).orElseThrow();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteSlot(long doctorId, long slotId) {
        access.requireAccess(doctorId);
        editableSlot(doctorId, slotId, "availability.slot.booked.notDeleted", "availability.slot.started.notDeleted");
        lock(doctorId);
        if (summaries.deleteFree(List.of(slotId)) == 0) {
            throw new InvalidInputException("slot", texts.get("availability.slot.bookedOrReferred"));
        }
    }

    /** {@code ifBooked}, {@code ifStarted}: the keys of the refusals ("A booked slot cannot be deleted. …"). */
    private AvailabilitySlot editableSlot(long doctorId, long slotId, String ifBooked, String ifStarted) {
        AvailabilitySlot slot = slots.findByIdAndDoctorId(slotId, doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("availability.slot.notFound")));
        if (slot.isBooked()) {
            throw new InvalidInputException("slot", texts.get(ifBooked));
        }
        if (!slot.startsAt().isAfter(now())) {
            throw new InvalidInputException("slot", texts.get(ifStarted));
        }
        return slot;
    }

    /** Checks a typed range: both ends given, same day, end after start, not in the past. */
    private void checkRange(@Nullable LocalDateTime start, @Nullable LocalDateTime end, Map<String, String> errors) {
        if (start == null) {
            errors.put("start", texts.get("availability.slot.start.missing"));
        } else if (start.isBefore(now())) {
            errors.put("start", texts.get("availability.slot.start.past"));
        }
        if (end == null) {
            errors.put("end", texts.get("availability.slot.end.missing"));
        } else if (start != null && !end.isAfter(start)) {
            errors.put("end", texts.get("availability.endAfterStart"));
        } else if (start != null && !DaySpan.endsOn(start.toLocalDate(), end)) {
            errors.put("end", texts.get("availability.slot.end.sameDay"));
        }
    }

    /** Under the doctor's lock: the range must not overlap another slot or fall into time off. */
    private void requireFree(long doctorId, LocalDate date, TimeRange range, @Nullable Long ignoredSlotId) {
        LocalDateTime start = date.atTime(range.start());
        LocalDateTime end = DaySpan.end(date, range.end());
        List<AvailabilitySlot> clashes = slots.findOverlapping(doctorId, start, end).stream()
                .filter(slot -> !slot.getId().equals(ignoredSlotId))
                .toList();
        if (!clashes.isEmpty()) {
            AvailabilitySlot clash = clashes.getFirst();
            throw new InvalidInputException(
                    "start",
                    texts.get(
                            clash.isBooked() ? "availability.slot.overlapsBooked" : "availability.slot.overlapsFree",
                            HH_MM.format(clash.getStartTime()),
                            HH_MM.format(clash.getEndTime())));
        }
        timeOffs.findOverlapping(doctorId, start, end).stream().findFirst().ifPresent(off -> {
            throw new InvalidInputException(
                    "start",
                    off.getReason() == null
                            ? texts.get("availability.slot.inTimeOff")
                            : texts.get("availability.slot.inTimeOffFor", off.getReason()));
        });
    }

    private void lock(long doctorId) {
        slots.lockDoctor(doctorId).orElseThrow(() -> new NotFoundException(texts.get("availability.noSuchDoctor")));
    }

    private InvalidInputException bookedMeanwhile() {
        return new InvalidInputException("slot", texts.get("availability.slot.bookedMeanwhile"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate horizonEnd() {
        return properties.horizonEnd(today());
    }
}
