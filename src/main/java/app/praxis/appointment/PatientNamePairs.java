package app.praxis.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distinct copied names (first, last) in the two ranges of a patient's name (round 14). A prefix such as 'klara%'
 * leaves the names' indexes unable to bound their later columns (last name, date, …), so a page within a few days
 * would read the name's whole range; split into one range per name ({@code first = ? AND last = ? AND date BETWEEN
 * …}), each is an equality prefix followed by the date: a tight range of the same index.
 *
 * <p>The names are read by seeks (one per distinct leading name, then a loose index scan of their pairs: not a read per
 * row, {@link #readNames}) and kept only for the service call that reads them (no state outside it, so never stale).
 * Names equal in the users' collation are one pair, and {@code =} in that collation selects exactly the rows of a
 * pair's group, so the per-name ranges are disjoint and together hold the range's rows; each still carries the range's
 * own {@code LIKE}, so a row is never added.
 */
final class PatientNamePairs {

    /**
     * Up to this many names per range the page is read name by name; a short prefix in a real clinic ('K') selects
     * thousands of names, whose ranges together are the prefix's range again: then the range is read whole.
     */
    static final int MAX_NAMES = 64;

    /** Beyond this many leading names (the first names of the first range, the last of the second) per range. */
    static final int MAX_LEADS = 16;

    /** Beyond this many names × spans, the range is read whole (a bounded statement). */
    static final int MAX_BRANCHES = 256;

    /** The names' indexes and their two leading columns. */
    private static final String[][] RANGES = {
        {"ix_appointment_patient_first_name", "patient_first_name", "patient_last_name"},
        {"ix_appointment_patient_last_name", "patient_last_name", "patient_first_name"}
    };

    /** V0054's indexes led by the ranges' leading names. */
    private static final String[] PAIR_INDEXES = {"ix_pair_totals_first", "ix_pair_totals_last"};

    private final JdbcClient jdbc;

    /** The name typed: its words bound the pairs of a name of several words ({@link #matchingPairs}). */
    private final NameWords words;

    private final String longest;

    private final int maxNames;

    private @Nullable List<List<Name>> names;

    /** Whether {@link #names} was read (it stays null when a range holds more names than the cap). */
    private boolean read;

    /** Each range's leading names, once read (at most one more than {@link #MAX_LEADS}). */
    private @Nullable List<List<String>> leads;

    /** A name as the range's index holds it: its leading column's value, then the second's. */
    private record Name(String lead, String second) {}

    PatientNamePairs(JdbcClient jdbc, NameWords words, int maxNames) {
        this.jdbc = jdbc;
        this.words = words;
        this.longest = words.longestPattern();
        this.maxNames = maxNames;
    }

    /**
     * Rows within days (both included) and, if {@code column} is given, with one value of it (a status, a time, a
     * reason key; no lead: the column IS NULL): what bounds each name's range. Spans of one page never overlap (one
     * value each, or one span).
     */
    record Span(
            @Nullable String column,
            @Nullable Object lead,
            @Nullable LocalDate low,
            @Nullable LocalDate high) {

        /** Every day (the part read bounds the days itself). */
        static final Span ANY = new Span(null, null, null, null);

        /** The days up to {@code day} (ascending) or from it (descending). */
        static Span through(LocalDate day, boolean ascending) {
            return ascending ? new Span(null, null, null, day) : new Span(null, null, day, null);
        }

        /** " AND …": the span's days and lead value, its parameters suffixed with {@code s} in {@code params}. */
        String condition(int s, Map<String, Object> params) {
            String within = "";
            if (low != null) {
                within += " AND a.appointment_date >= :spanFrom" + s;
                params.put("spanFrom" + s, low);
            }
            if (high != null) {
                within += " AND a.appointment_date <= :spanTo" + s;
                params.put("spanTo" + s, high);
            }
            if (column != null && lead == null) {
                within += " AND " + column + " IS NULL"; // a reason key's group of no reason (round 16)
            } else if (column != null) {
                within += " AND " + column + " = :spanLead" + s;
                params.put("spanLead" + s, lead);
            }
            return within;
        }

        /** This span (of a group's days) widened to hold {@code day} too. */
        Span with(LocalDate day) {
            return new Span(
                    column,
                    lead,
                    low == null || day.isBefore(low) ? day : low,
                    high == null || day.isAfter(high) ? day : high);
        }
    }

    /**
     * Each range's distinct (first, last) names, in the range's own index order (first range: first, last; second:
     * last, first), or null when a range holds more than the cap. For a name of several words only those that can
     * match it ({@link #matchingPairs}).
     */
    private @Nullable List<List<Name>> names() {
        if (!read) {
            names = readNames();
            read = true;
        }
        return names;
    }

    /**
     * Each range's leading names found one by one ({@link NameLeads#leads}), then their pairs: of one word by a loose
     * scan of those equalities, of several words those that can match ({@link #matchingPairs}). A loose scan of the
     * range's LIKE (rounds 14–29) tests it on one entry per group of equal names and lost a group whose first entry is
     * a spelling it does not match (round 30).
     */
    private @Nullable List<List<Name>> readNames() {
        var found = new ArrayList<List<Name>>();
        for (int r = 0; r < RANGES.length; r++) {
            List<String> leads = leads(r);
            if (leads == null) {
                return null;
            }
            List<Name> pairs =
                    leads.isEmpty() ? List.of() : words.oneWord() ? pairsOfLeads(r, leads) : matchingPairs(r, leads);
            if (pairs.size() > maxNames) {
                return null;
            }
            found.add(pairs);
        }
        return found;
    }

    /** One word: every pair of the range's leading names, by a loose scan of those equalities. */
    private List<Name> pairsOfLeads(int range, List<String> leads) {
        return jdbc.sql("SELECT DISTINCT a." + RANGES[range][1] + ", a." + RANGES[range][2] + " FROM " + from(range)
                        + " WHERE a." + RANGES[range][1] + " IN (:leads) LIMIT :cap")
                .param("leads", leads)
                .param("cap", maxNames + 1)
                .query((rs, row) -> new Name(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * A name of several words (round 34): the range's pairs of which some spelling matches every word, from V0054's
     * kept rows per spelled pair (a {@code LIKE} there tests a spelling exactly, as round 30's loose scan could not),
     * grouped in the users' collation as the appointments' names are. The range's own pairs would hold every pair of
     * its leading names: 'Klara Braun''s first range read each of the 9 pairs of 'Klara' (~50,000 entries), whose
     * {@code LIKE 'Braun%'} passes one. The pairs left out have no row that matches, so no row is lost.
     */
    private List<Name> matchingPairs(int range, List<String> leads) {
        String lead = "p." + RANGES[range][1];
        String second = "p." + RANGES[range][2];
        var params = new LinkedHashMap<String, Object>();
        params.put("leads", leads);
        params.put("longest", longest);
        params.put("cap", maxNames + 1);
        String own =
                range == 0 ? lead + " LIKE :longest" : lead + " LIKE :longest AND " + second + " NOT LIKE :longest";
        return jdbc.sql("SELECT " + lead + ", " + second + " FROM appointment_patient_pair_totals p FORCE INDEX ("
                        + PAIR_INDEXES[range] + ") WHERE " + lead + " IN (:leads) AND " + own
                        + words.conditionOn("p.patient_first_name", "p.patient_last_name", "word", params)
                        + " AND p.total > 0 GROUP BY " + lead + ", " + second + " ORDER BY " + lead + ", " + second
                        + " LIMIT :cap")
                .params(params)
                .query((rs, row) -> new Name(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * The distinct leading names of range {@code range} (0: the first names, 1: the last names), in its index's order,
     * or null when it holds more than {@link #MAX_LEADS}; read once per instance.
     */
    @Nullable
    List<String> leads(int range) {
        if (leads == null) {
            leads = NameLeads.leads(
                    jdbc,
                    List.of(
                            new NameLeads.Range(from(0), "a." + RANGES[0][1], "a." + RANGES[0][2]),
                            new NameLeads.Range(from(1), "a." + RANGES[1][1], "a." + RANGES[1][2])),
                    longest,
                    MAX_LEADS);
        }
        return leads.get(range).size() > MAX_LEADS ? null : leads.get(range);
    }

    private static String from(int range) {
        return "appointments a FORCE INDEX (" + RANGES[range][0] + ")";
    }

    /** Whether each range holds at most the cap's names (the page can then be read name by name). */
    boolean withinCap() {
        return names() != null;
    }

    /**
     * The distinct values of the second column (the first range's last names, the second range's first names) of
     * range {@code range} (0 or 1), or null when a range holds more than the cap.
     */
    @Nullable
    List<String> seconds(int range) {
        List<List<Name>> all = names();
        return all == null
                ? null
                : all.get(range).stream().map(Name::second).distinct().toList();
    }

    /**
     * " FORCE INDEX (…) WHERE …" of each name in {@code ranges} (the two ranges' own conditions, in their order) within
     * each span, or null when there are too many names. A range without names gives no branch.
     */
    @Nullable
    List<String> byName(List<String> ranges, List<Span> spans, Map<String, Object> params) {
        List<List<Name>> all = names();
        if (all == null || all.stream().mapToInt(List::size).sum() * spans.size() > MAX_BRANCHES) {
            return null;
        }
        var branches = new ArrayList<String>();
        for (int s = 0; s < spans.size(); s++) {
            String within = spans.get(s).condition(s, params);
            for (int r = 0; r < RANGES.length; r++) {
                // the range's own " FORCE INDEX (…) WHERE <its LIKE> …": the name and the span added after WHERE
                String range = ranges.get(r);
                int where = range.indexOf(" WHERE ") + " WHERE ".length();
                for (int n = 0; n < all.get(r).size(); n++) {
                    String lead = "name" + r + "_" + n + "a";
                    String second = "name" + r + "_" + n + "b";
                    params.put(lead, all.get(r).get(n).lead());
                    params.put(second, all.get(r).get(n).second());
                    // IN (x, x), not = x: MySQL puts a column's constant into the branch's LIKEs and drops the
                    // branch when the pair's spelling does not match them ('Straße' for 'strasse%') though others of
                    // its group do; MariaDB reads both alike (round 30)
                    branches.add(range.substring(0, where) + "a." + RANGES[r][1] + " IN (:" + lead + ", :" + lead
                            + ") AND a." + RANGES[r][2] + " IN (:" + second + ", :" + second + ")" + within + " AND "
                            + range.substring(where));
                }
            }
        }
        return branches;
    }
}
