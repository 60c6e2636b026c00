package app.praxis.appointment;

import org.jspecify.annotations.Nullable;

/**
 * Where a page lies among consecutive groups of rows in the order (kept rows per day, month, start time or group of
 * buckets): the first group holding the offset, the last one the page reaches (or the last group), and the rows before
 * the first. The grid's walks read the page from the spanned groups only.
 */
record PageSpan(int first, int last, long before) {

    /** The span of the page at {@code offset} of {@code limit} rows among groups of {@code sizes}; null past them. */
    static @Nullable PageSpan of(long[] sizes, long offset, int limit) {
        long before = 0;
        int first = 0;
        while (first < sizes.length && before + sizes[first] <= offset) {
            before += sizes[first++];
        }
        if (first == sizes.length) {
            return null;
        }
        int last = first;
        long through = before + sizes[first];
        while (through < offset + limit && last + 1 < sizes.length) {
            through += sizes[++last];
        }
        return new PageSpan(first, last, before);
    }
}
