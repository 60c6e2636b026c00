package app.praxis.availability;

import java.time.LocalDateTime;

/** The answer to "could a patient book this doctor at this time, and if not, why?". */
public record SlotCheck(LocalDateTime at, SlotVerdict verdict, String explanation) {

    public boolean bookable() {
        return verdict == SlotVerdict.BOOKABLE;
    }
}
