package app.praxis.availability;

import app.praxis.base.Texts;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What patients would see of a doctor's calendar, and why a given time is not bookable. */
@Service
@RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
public class AvailabilityPreview {

    private final AvailabilitySlotRepository slots;
    private final TimeOffRepository timeOffs;
    private final WeeklyScheduleRepository schedules;
    private final CalendarAccess access;
    private final Clock clock;
    private final AvailabilityProperties properties;
    private final Duration minimumNotice;
    private final Texts texts;

    AvailabilityPreview(
            AvailabilitySlotRepository slots,
            TimeOffRepository timeOffs,
            WeeklyScheduleRepository schedules,
            CalendarAccess access,
            Clock clock,
            AvailabilityProperties properties,
            @Value("${praxis.booking.minimum-notice:PT2H}") Duration minimumNotice,
            Texts texts) {
        this.texts = texts;
        this.slots = slots;
        this.timeOffs = timeOffs;
        this.schedules = schedules;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
        this.minimumNotice = minimumNotice;
    }

    /** The free slots a patient could book now, for the preview's days (today included). */
    @Transactional(readOnly = true)
    public List<CalendarSlot> bookableSlots(long doctorId) {
        access.requireAccess(doctorId);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(properties.previewDays() - 1L);
        LocalDateTime earliest = earliestStart();
        List<TimeOff> off = timeOffs.findOverlapping(
                doctorId, today.atStartOfDay(), until.plusDays(1).atStartOfDay());
        return slots.findInRange(doctorId, today, until).stream()
                .filter(slot -> !slot.isBooked() && !slot.startsAt().isBefore(earliest))
                .filter(slot -> off.stream().noneMatch(t -> t.overlaps(slot.startsAt(), slot.endsAt())))
                .map(CalendarSlot::of)
                .toList();
    }

    /** Whether a patient could book the doctor at {@code at}, and if not, the first reason why. */
    @Transactional(readOnly = true)
    public SlotCheck check(long doctorId, LocalDateTime at) {
        access.requireAccess(doctorId);
        LocalDateTime now = now();
        if (at.isBefore(now)) {
            return verdict(at, SlotVerdict.IN_THE_PAST);
        }
        Optional<TimeOff> off = timeOffs.findOverlapping(doctorId, at, at.plusSeconds(1)).stream()
                .findFirst();
        if (off.isPresent()) {
            String reason = off.get().getReason();
            return new SlotCheck(
                    at,
                    SlotVerdict.TIME_OFF,
                    reason == null
                            ? texts.get(SlotVerdict.TIME_OFF.textKey())
                            : texts.get("availability.verdict.TIME_OFF.withReason", reason));
        }
        Optional<AvailabilitySlot> slot =
                slots.findOverlapping(doctorId, at, at.plusSeconds(1)).stream().findFirst();
        if (slot.isPresent() && slot.get().isBooked()) {
            return verdict(at, SlotVerdict.ALREADY_BOOKED);
        }
        if (slot.isPresent()) {
            boolean tooSoon = slot.get().startsAt().isBefore(earliestStart());
            return verdict(at, tooSoon ? SlotVerdict.INSIDE_MINIMUM_NOTICE : SlotVerdict.BOOKABLE);
        }
        boolean withinHours = schedules.findByDoctor(doctorId).stream()
                .anyMatch(hours -> hours.covers(at.toLocalDate(), at.toLocalTime()));
        return verdict(at, withinHours ? SlotVerdict.NO_SLOT_WITHIN_HOURS : SlotVerdict.OUTSIDE_WEEKLY_HOURS);
    }

    private SlotCheck verdict(LocalDateTime at, SlotVerdict verdict) {
        String explanation = verdict == SlotVerdict.INSIDE_MINIMUM_NOTICE
                ? texts.get(verdict.textKey(), humanize(minimumNotice))
                : texts.get(verdict.textKey());
        return new SlotCheck(at, verdict, explanation);
    }

    private String humanize(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0
                ? texts.get("availability.duration.hours", minutes / 60)
                : texts.get("availability.duration.minutes", minutes);
    }

    /** Notice is elapsed time: across a change of the clocks it is not the same as wall-clock hours. */
    private LocalDateTime earliestStart() {
        return ZonedDateTime.now(clock).plus(minimumNotice).toLocalDateTime().withNano(0);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
