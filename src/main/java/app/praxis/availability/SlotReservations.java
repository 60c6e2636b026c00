package app.praxis.availability;

import app.praxis.base.CallersTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What booking needs from the calendar: find, take and give back slots. Taking and giving back must run inside
 * the caller's transaction ({@link CallersTransaction#require}: JPA's or booking's JDBC-only one), so that a booking
 * that fails later leaves the slot as it was.
 */
@Service
public class SlotReservations {

    private final SlotReservationRepository slots;
    private final Clock clock;
    private final SlotSummaries summaries;

    SlotReservations(SlotReservationRepository slots, Clock clock, SlotSummaries summaries) {
        this.slots = slots;
        this.clock = clock;
        this.summaries = summaries;
    }

    /** The slot as it is at this instant: one statement, in the caller's transaction if there is one. */
    public Optional<BookableSlot> find(long slotId) {
        return slots.find(slotId);
    }

    /**
     * Marks the slot booked if, at this instant, it is free, belongs to the doctor and no time off covers it.
     * Returns false when another booking got there first (or time off did): exactly one of any number of
     * concurrent callers sees true.
     */
    public boolean reserve(BookableSlot slot) {
        CallersTransaction.require();
        return taken(slot, slots.markBooked(slot));
    }

    /**
     * As {@link #reserve(BookableSlot)} for a patient: also refused while the slot is held for another patient
     * (a waitlist offer), decided in the same conditional update.
     */
    public boolean reserve(BookableSlot slot, long patientId) {
        CallersTransaction.require();
        return taken(slot, slots.markBooked(slot, patientId, clock.instant()));
    }

    /**
     * Holds a free slot for one patient until {@code until}: only they may book it meanwhile. Exactly one of any
     * number of concurrent callers gets true; a hold that has run out counts as none.
     */
    public boolean hold(long slotId, long patientId, Instant until) {
        CallersTransaction.require();
        return slots.hold(slotId, patientId, clock.instant(), until) == 1;
    }

    /** Gives back a patient's hold on a slot (they declined, or left the waitlist). */
    public void releaseHold(long slotId, long patientId) {
        CallersTransaction.require();
        slots.releaseHold(slotId, patientId);
    }

    /** Gives a booked slot back (a free one stays as it is). */
    public void release(long slotId) {
        CallersTransaction.require();
        if (slots.markFree(slotId) == 1) {
            summaries.booked(slotId, -1);
        }
    }

    /** The slot's booked seconds join its day's summary once this transaction took it (the update's row lock). */
    private boolean taken(BookableSlot slot, int updated) {
        if (updated == 1) {
            summaries.booked(slot, 1);
        }
        return updated == 1;
    }

    /**
     * A doctor's free slots that start at or after {@code earliest}, up to and including {@code lastDay} (a slot held
     * for a waitlist offer is not free for anyone else, and its holder books it from the offer).
     */
    @Transactional(readOnly = true)
    public List<BookableSlot> freeSlots(long doctorId, LocalDateTime earliest, LocalDate lastDay) {
        return slots.free(doctorId, earliest, lastDay, clock.instant());
    }
}
