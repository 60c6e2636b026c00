package app.praxis.base.ui;

/** A count with its noun in the right number: "1 slot", "3 slots", "0 slots" (English; one place for later). */
public final class Plurals {

    private Plurals() {}

    /** {@code noun} is the singular; the plural adds "s". */
    public static String count(long count, String noun) {
        return count(count, noun, noun + "s");
    }

    public static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
