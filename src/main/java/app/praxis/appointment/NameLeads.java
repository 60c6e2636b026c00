package app.praxis.appointment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
     * The distinct values of each range's leading column ({@link Range#lead}) in its {@link Range#from} that match
     * {@code pattern}, in the index's order, one per group equal in the collation, at most {@code cap + 1} per range:
     * each the first matching entry after the previous one (a seek and as many entries as it takes to find one that
     * matches), so none is lost. The ranges are walked side by side, one statement per step ('Klara': two).
     */
    static List<List<String>> leads(JdbcClient jdbc, List<Range> ranges, String pattern, int cap) {
        var leads = new ArrayList<List<String>>();
        ranges.forEach(range -> leads.add(new ArrayList<>()));
        var walking = new ArrayList<Integer>();
        for (int r = 0; r < ranges.size(); r++) {
            walking.add(r);
        }
        while (!walking.isEmpty()) {
            var params = new LinkedHashMap<String, Object>();
            params.put("pattern", pattern);
            var steps = new ArrayList<String>();
            for (int r : walking) {
                String column = ranges.get(r).lead();
                String after = "";
                if (!leads.get(r).isEmpty()) {
                    after = " AND " + column + " > :after" + r;
                    params.put("after" + r, leads.get(r).getLast());
                }
                steps.add("(SELECT " + r + " AS r, " + column + " AS found FROM "
                        + ranges.get(r).from() + " WHERE " + column + " LIKE :pattern" + after + " ORDER BY " + column
                        + " LIMIT 1)");
            }
            var found = new ArrayList<Integer>();
            jdbc.sql(String.join(" UNION ALL ", steps))
                    .params(params)
                    .query((rs, row) -> new Lead(rs.getInt(1), rs.getString(2)))
                    .list()
                    .forEach(lead -> {
                        leads.get(lead.range()).add(lead.name());
                        found.add(lead.range());
                    });
            walking.retainAll(found);
            walking.removeIf(r -> leads.get(r).size() > cap);
        }
        return leads;
    }

    /** A leading name of range {@code range}. */
    private record Lead(int range, String name) {}

    /**
     * For each range, " AND (…)" that narrows it ({@link NameWords#besidesLongestNarrowedOn}, its parameters named
     * after {@code prefix} and the range's position), or "" for one word or a range of more leading names than the cap.
     */
    static List<String> narrowings(
            JdbcClient jdbc, NameWords words, List<Range> ranges, String prefix, Map<String, Object> params) {
        if (words.oneWord()) {
            return ranges.stream().map(range -> "").toList();
        }
        List<List<String>> leads = leads(jdbc, ranges, words.longestPattern(), MAX_LEADS);
        var narrowings = new ArrayList<String>();
        for (int r = 0; r < ranges.size(); r++) {
            Range range = ranges.get(r);
            narrowings.add(
                    leads.get(r).size() > MAX_LEADS
                            ? ""
                            : words.besidesLongestNarrowedOn(
                                    range.lead(), range.second(), leads.get(r), prefix + r + "_", params));
        }
        return narrowings;
    }
}
