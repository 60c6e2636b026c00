package app.praxis.appointment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distinct names that lead a range of a name index (issue 18, round 30).
 *
 * <p>A name of several words: the range of the longest word ('Klara%' on the first name) leaves the index unable to
 * bound its second column by the other words ('Koch'), so 'Klara Koch' tested all ~10,000 entries of 'Klara' one by
 * one to find none. The range's leading names make its leading column an equality, so a word that must start the
 * second column bounds the read to a short range per name ({@link NameWords#besidesLongestNarrowedOn}).
 *
 * <p>The leading names are found one by one, each the first entry after the last one found that matches the pattern
 * ({@link #leads}). A loose index scan ({@code SELECT DISTINCT … WHERE name LIKE …}) is cheaper but loses names: it
 * tests the pattern on one entry per group of names equal in the collation, and such a group may hold spellings the
 * pattern does not match ('Straße' is 'Strasse' for {@code =}, but not {@code LIKE 'strasse%'}) before one it does.
 */
final class NameLeads {

    /** Beyond this many leading names in a range its read is not narrowed (a short prefix such as 'K'). */
    static final int MAX_LEADS = 8;

    /** One range of a name index: {@code from} (the table, its alias and the forced index), the two name columns. */
    record Range(String from, String lead, String second) {}

    private NameLeads() {}

    /**
     * The distinct values of {@code column} in {@code from} that match {@code pattern}, in the index's order, one per
     * group equal in the collation, at most {@code cap + 1}: each the first matching entry after the previous one (a
     * seek and as many entries as it takes to find one that matches), so none is lost.
     */
    static List<String> leads(JdbcClient jdbc, String from, String column, String pattern, int cap) {
        var leads = new ArrayList<String>();
        String select = "SELECT " + column + " FROM " + from + " WHERE " + column + " LIKE :pattern";
        while (leads.size() <= cap) {
            var statement = leads.isEmpty()
                    ? jdbc.sql(select + " ORDER BY " + column + " LIMIT 1")
                    : jdbc.sql(select + " AND " + column + " > :after ORDER BY " + column + " LIMIT 1")
                            .param("after", leads.getLast());
            List<String> next =
                    statement.param("pattern", pattern).query(String.class).list();
            if (next.isEmpty()) {
                break;
            }
            leads.add(next.getFirst());
        }
        return leads;
    }

    /**
     * For each range, " AND (…)" that narrows it ({@link NameWords#besidesLongestNarrowedOn}, its parameters named
     * after {@code prefix} and the range's position), or "" for one word or a range of more leading names than the cap.
     */
    static List<String> narrowings(
            JdbcClient jdbc, NameWords words, List<Range> ranges, String prefix, Map<String, Object> params) {
        var narrowings = new ArrayList<String>();
        for (int r = 0; r < ranges.size(); r++) {
            Range range = ranges.get(r);
            List<String> leads = words.oneWord()
                    ? List.of()
                    : leads(jdbc, range.from(), range.lead(), words.longestPattern(), MAX_LEADS);
            narrowings.add(
                    leads.size() > MAX_LEADS
                            ? ""
                            : words.besidesLongestNarrowedOn(
                                    range.lead(), range.second(), leads, prefix + r + "_", params));
        }
        return narrowings;
    }
}
