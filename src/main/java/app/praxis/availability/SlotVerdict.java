package app.praxis.availability;

/**
 * Why a patient can or cannot book a given time with a doctor. Each verdict's explanation is the text
 * {@code availability.verdict.<NAME>} in the reader's language.
 */
public enum SlotVerdict {
    BOOKABLE,
    IN_THE_PAST,
    INSIDE_MINIMUM_NOTICE,
    TIME_OFF,
    ALREADY_BOOKED,
    NO_SLOT_WITHIN_HOURS,
    OUTSIDE_WEEKLY_HOURS;

    /** The key of this verdict's explanation. */
    public String textKey() {
        return "availability.verdict." + name();
    }
}
