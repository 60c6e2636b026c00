package app.praxis.appointment;

public enum DirectorySort {
    /** Soonest bookable first; doctors without a free slot last. */
    NEXT_FREE_SLOT,
    /** Best rated first; unrated last. */
    RATING
}
