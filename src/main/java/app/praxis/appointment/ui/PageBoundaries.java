package app.praxis.appointment.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a lazy grid's data provider remembers to read its next page as a seek (issue 18): for the current query (a
 * filter and a sort), the last row of each page it read, keyed by the offset just after that row. A page asked for
 * at one of those offsets (scrolling on, or back to a page read before) starts after the remembered row instead of
 * skipping every row before it. Another query forgets everything; at most {@link #LIMIT} boundaries are kept (the
 * newest), so a session holds a few rows, not the pages.
 *
 * @param <Q> the query (filter and sort; compared with equals)
 * @param <R> a row
 */
final class PageBoundaries<Q, R> {

    static final int LIMIT = 16;

    private @Nullable Q query;
    private final Map<Long, R> lastRowBefore = new LinkedHashMap<>(LIMIT, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, R> eldest) {
            return size() > LIMIT;
        }
    };

    /** The row just before {@code offset} in this query, if a page read earlier ended there. */
    @Nullable
    R before(Q query, long offset) {
        if (!Objects.equals(this.query, query) || offset == 0) {
            return null;
        }
        return lastRowBefore.get(offset);
    }

    /** A page of this query that started at {@code offset}, as read. */
    void read(Q query, long offset, java.util.List<R> page) {
        if (!Objects.equals(this.query, query)) {
            this.query = query;
            lastRowBefore.clear();
        }
        if (!page.isEmpty()) {
            lastRowBefore.put(offset + page.size(), page.getLast());
        }
    }

    /** The rows changed or the query did: nothing remembered holds any more. */
    void forget() {
        query = null;
        lastRowBefore.clear();
    }
}
