package app.praxis.availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What booking needs from the calendar: find, take and give back slots. Taking and giving back must run inside
 * the caller's transaction, so that a booking that fails later leaves the slot as it was.
 */
@Service
public class SlotReservations {

    private final SlotReservationRepository slots;

    SlotReservations(SlotReservationRepository slots) {
        this.slots = slots;
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
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserve(BookableSlot slot) {
        return slots.markBooked(slot.id(), slot.doctorId()) == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long slotId) {
        slots.markFree(slotId);
    }

    /** A doctor's free slots that start at or after {@code earliest}, up to and including {@code lastDay}. */
    @Transactional(readOnly = true)
    public List<BookableSlot> freeSlots(long doctorId, LocalDateTime earliest, LocalDate lastDay) {
        return slots.free(doctorId, earliest, lastDay);
    }
}
