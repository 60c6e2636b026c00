package app.praxis.availability;

/** Why a patient can or cannot book a given time with a doctor. */
public enum SlotVerdict {
    BOOKABLE("A patient can book this slot."),
    IN_THE_PAST("This time has passed."),
    INSIDE_MINIMUM_NOTICE("Too soon: patients must book at least %s ahead."),
    TIME_OFF("You are off at this time."),
    ALREADY_BOOKED("This slot is already booked."),
    NO_SLOT_WITHIN_HOURS("Within your weekly hours, but there is no slot here (removed, a buffer, or a gap)."),
    OUTSIDE_WEEKLY_HOURS("Outside your weekly hours, and no one-off slot was added here.");

    private final String explanation;

    SlotVerdict(String explanation) {
        this.explanation = explanation;
    }

    String explanation() {
        return explanation;
    }
}
