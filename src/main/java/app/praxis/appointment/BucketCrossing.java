package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A renamed person whose key in the grid's name order (last name, first name, user id) crossed a bound of their
 * order's buckets (patients V0025, doctors V0027): their kept counts move from bucket {@code from} to {@code to}.
 */
record BucketCrossing(long personId, int from, int to) {

    /**
     * The bucket of the name order's key ({@code last}, {@code first}, {@code userId}: SQL expressions) among the
     * bounds of {@code bucketTable}: the highest bucket whose lower bound is at or below it, compared in the users'
     * collation; 0 below every bound.
     */
    static String bucketOf(String bucketTable, String last, String first, String userId) {
        return "(SELECT COALESCE(MAX(b.bucket), 0) FROM " + bucketTable + " b WHERE "
                + AppointmentSummaries.atOrAboveBound(last, first, userId) + ")";
    }

    /**
     * The crossing of the renamed user if they are one of {@code people} (the table, e.g. {@code patients}, whose
     * id column is {@code idColumn}) and their former and new names fall in different buckets of
     * {@code bucketTable}; null otherwise.
     */
    static @Nullable BucketCrossing of(
            JdbcClient jdbc, UserRenamed renamed, String people, String idColumn, String bucketTable) {
        Long personId = jdbc.sql("SELECT " + idColumn + " FROM " + people + " WHERE user_id = ?")
                .param(renamed.userId())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (personId == null) {
            return null;
        }
        int from = jdbc.sql("SELECT " + bucketOf(bucketTable, ":last", ":first", ":user"))
                .param("last", renamed.formerLastName())
                .param("first", renamed.formerFirstName())
                .param("user", renamed.userId())
                .query(Integer.class)
                .single();
        int to = jdbc.sql("SELECT " + bucketOf(bucketTable, "u.last_name", "u.first_name", "u.user_id")
                        + " FROM users u WHERE u.user_id = ?")
                .param(renamed.userId())
                .query(Integer.class)
                .single();
        return from == to ? null : new BucketCrossing(personId, from, to);
    }
}
