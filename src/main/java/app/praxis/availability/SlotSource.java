package app.praxis.availability;

/** Where a slot came from: generated from weekly hours (regenerable) or added by hand for one date. */
public enum SlotSource {
    WEEKLY,
    ONE_OFF
}
