package app.praxis.appointment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A walk over people (id, rows) in the order: skips whole people until the one that holds the row at the offset,
 * then chooses people until the page's last row.
 */
final class PeopleWalk {
    final List<Long> chosen = new ArrayList<>();
    private final int limit;
    private long skip;
    long firstSkip = -1;
    private long chosenRows;

    PeopleWalk(long offset, int limit) {
        this.skip = offset;
        this.limit = limit;
    }

    boolean full() {
        return firstSkip >= 0 && chosenRows >= firstSkip + limit;
    }

    void pass(List<long[]> people) {
        for (long[] person : people) {
            if (full()) {
                return;
            }
            long rows = person[1];
            if (rows == 0) {
                continue;
            }
            if (firstSkip < 0) {
                if (skip >= rows) {
                    skip -= rows;
                    continue;
                }
                firstSkip = skip;
            }
            chosen.add(person[0]);
            chosenRows += rows;
        }
    }

    /** " AND {@code column} IN (:chosen)": the rows of the chosen people ({@code column} holds a row's person). */
    String chosenRows(String column, Map<String, Object> params) {
        params.put("chosen", chosen);
        return " AND " + column + " IN (:chosen)";
    }

    /** The chosen people's rows in the walk's order: by person as chosen, then date, time and id. */
    String chosenOrder(String column, boolean ascending) {
        String dir = ascending ? "ASC" : "DESC";
        return "FIELD(" + column + ", " + chosen.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "), a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir;
    }
}
