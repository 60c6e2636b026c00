package app.praxis.admin;

import org.jspecify.annotations.Nullable;

/**
 * One dashboard figure in this and the previous period, for screens and exports.
 *
 * @param label the key of the figure's name ({@code admin.figure.*}), shown in the reader's language
 * @param current null where the figure is undefined (a rate with nothing to divide by)
 * @param higherIsBetter whether a rise is good news (bookings) or bad (cancellations)
 */
public record Figure(
        String label,
        Kind kind,
        @Nullable Number current,
        @Nullable Number previous,
        boolean higherIsBetter) {

    public enum Kind {
        COUNT,
        PERCENT,
        MONEY,
        RATING
    }

    public enum Trend {
        UP,
        DOWN,
        SAME,
        /** One side is undefined: nothing to compare. */
        NONE
    }

    public Trend trend() {
        if (current == null || previous == null) {
            return Trend.NONE;
        }
        int comparison = Double.compare(current.doubleValue(), previous.doubleValue());
        return comparison > 0 ? Trend.UP : comparison < 0 ? Trend.DOWN : Trend.SAME;
    }
}
