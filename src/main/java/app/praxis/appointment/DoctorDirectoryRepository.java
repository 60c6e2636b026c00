package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory in one query per page: only doctors who take bookings and are active, each with their next
 * free slot, sorted and paged in the database. The next free slot is the first one read along the doctor's free
 * slots in time order ({@code ix_availability_doctor_free}, V0014): a few index entries per doctor, where a
 * {@code MIN} read every slot of the booking window (issue 18).
 */
@Repository
class DoctorDirectoryRepository {

    private static final String SELECT = """
            SELECT d.doctor_id, CONCAT(u.first_name, ' ', u.last_name) AS full_name, u.profile_photo, u.bio,
                   s.name AS specialization, d.years_experience, d.clinic_name, d.clinic_address,
                   d.consultation_fee, d.rating, d.review_count,
                   (SELECT TIMESTAMP(a.available_date, a.start_time) FROM doctor_availability a
                    WHERE a.doctor_id = d.doctor_id AND a.is_booked = FALSE
                      AND a.available_date BETWEEN :firstDay AND :lastDay
                      AND TIMESTAMP(a.available_date, a.start_time) >= :earliest
                      AND NOT %s
                    ORDER BY a.available_date, a.start_time LIMIT 1) AS next_free
            """.formatted(SlotSql.DURING_TIME_OFF);

    private static final String FROM = """
             FROM doctors d JOIN users u ON u.user_id = d.user_id
             LEFT JOIN specializations s ON s.specialization_id = d.specialization_id
             WHERE d.is_available = TRUE AND u.is_active = TRUE
            """;

    private final JdbcClient jdbc;

    DoctorDirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How far past the earliest bookable time the directory by next free time first looks for its page (issue 18,
     * round 5): two hours, then a day; if neither holds the page, every doctor is read.
     */
    static final List<Duration> NEXT_FREE_WINDOWS = List.of(Duration.ofHours(2), Duration.ofDays(1));

    List<DoctorCard> find(DirectoryQuery query, LocalDateTime earliest, LocalDate lastDay, long offset, int limit) {
        return find(query, earliest, lastDay, offset, limit, true);
    }

    /**
     * A page of the directory. Sorted by rating, and {@code boundByRating}, only the doctors rated at least as well
     * as the page's last one are read (the rating of the row at {@code offset + limit - 1}, found first from the
     * doctors' table alone): every row up to the page's end is among them, so the page is the same, but the next
     * free time, which the order's ties need, is computed for a page's worth of doctors instead of every doctor
     * (issue 18, round 4). Without a bound (the last row unrated, or beyond the list), all are read. Sorted by next
     * free time, and {@code bounded}, the page is first looked for among the doctors with a bookable slot in a short
     * window after {@code earliest} ({@link #findInWindow}).
     */
    List<DoctorCard> find(
            DirectoryQuery query,
            LocalDateTime earliest,
            LocalDate lastDay,
            long offset,
            int limit,
            boolean boundByRating) {
        if (boundByRating && query.sort() == DirectorySort.NEXT_FREE_SLOT) {
            return findByNextFree(query, earliest, lastDay, offset, limit, NEXT_FREE_WINDOWS);
        }
        var params = window(earliest, lastDay);
        String bound = boundByRating && query.sort() == DirectorySort.RATING
                ? ratingBound(query, offset + limit - 1, params)
                : "";
        String order =
                switch (query.sort()) {
                    case NEXT_FREE_SLOT -> " ORDER BY next_free IS NULL, next_free, full_name, d.doctor_id";
                    case RATING ->
                        " ORDER BY d.rating IS NULL, d.rating DESC, next_free IS NULL, next_free," + " d.doctor_id";
                };
        params.put("limit", limit);
        params.put("offset", offset);
        return cards(new Statement(
                SELECT + FROM + filters(query, params) + bound + order + " LIMIT :limit OFFSET :offset", params));
    }

    /** A query and its parameters, to run or, for the benchmark, to analyze. */
    record Statement(String sql, Map<String, Object> params) {}

    private List<DoctorCard> cards(Statement statement) {
        return jdbc.sql(statement.sql())
                .params(statement.params())
                .query((rs, row) -> card(rs))
                .list();
    }

    /** MariaDB's {@code ANALYZE FORMAT=JSON} of the statement: the plan with what each step read (benchmarks). */
    String analyze(Statement statement) {
        return jdbc.sql("ANALYZE FORMAT=JSON " + statement.sql())
                .params(statement.params())
                .query(String.class)
                .single();
    }

    /**
     * A page by next free time, looked for in each window in turn ({@link #findInWindow}); when none holds a whole
     * page, the query over every doctor ({@code find} without a bound) gives it.
     */
    List<DoctorCard> findByNextFree(
            DirectoryQuery query,
            LocalDateTime earliest,
            LocalDate lastDay,
            long offset,
            int limit,
            List<Duration> windows) {
        LocalDateTime horizonEnd = lastDay.plusDays(1).atStartOfDay();
        List<DoctorCard> tied = findAmongFirstTies(query, earliest, lastDay, offset, limit);
        if (tied.size() == limit) {
            return tied;
        }
        for (Duration window : windows) {
            LocalDateTime bound = earliest.plus(window);
            if (!bound.isBefore(horizonEnd)) {
                break;
            }
            List<DoctorCard> page = findInWindow(query, earliest, bound, offset, limit);
            if (page.size() == limit) {
                return page;
            }
        }
        return find(query, earliest, lastDay, offset, limit, false);
    }

    /**
     * The page among the doctors whose next free slot starts before {@code bound}, with that slot found from the
     * bookable slots of the window {@code [earliest, bound)} alone: one range of {@code ix_availability_free_time}
     * (V0018) grouped by doctor, instead of a look-up along each doctor's slots for every doctor offered. Every
     * doctor outside this list has their next free slot at or after {@code bound}, or none, so sorts after all
     * of it: when the list holds the whole page ({@code limit} rows), the page is the one of the query over every
     * doctor, with the same next free times. Otherwise the caller looks further.
     */
    List<DoctorCard> findInWindow(
            DirectoryQuery query, LocalDateTime earliest, LocalDateTime bound, long offset, int limit) {
        return cards(inWindow(query, earliest, bound, offset, limit));
    }

    Statement inWindow(DirectoryQuery query, LocalDateTime earliest, LocalDateTime bound, long offset, int limit) {
        var params = windowParams(earliest, bound);
        params.put("limit", limit);
        params.put("offset", offset);
        String nextFree = """
                SELECT a.doctor_id, MIN(TIMESTAMP(a.available_date, a.start_time)) AS next_free
                FROM doctor_availability a
                %s
                GROUP BY a.doctor_id""".formatted(FREE_IN_WINDOW);
        // The page is chosen from narrow rows (id, next free time, name) and only its rows are joined to what the
        // card shows (the bio is a TEXT): at 2,000 doctors some 1,800 are free in the first window and all are
        // sorted, which with the cards' columns made the sort carry every bio (issue 18, round 7).
        String page = """
                SELECT f.doctor_id, f.next_free, CONCAT(u.first_name, ' ', u.last_name) AS full_name
                FROM (%s) f
                JOIN doctors d ON d.doctor_id = f.doctor_id JOIN users u ON u.user_id = d.user_id
                WHERE d.is_available = TRUE AND u.is_active = TRUE
                """.formatted(nextFree) + filters(query, params)
                + " ORDER BY f.next_free, full_name, d.doctor_id LIMIT :limit OFFSET :offset";
        String sql = """
                SELECT d.doctor_id, p.full_name, u.profile_photo, u.bio,
                       s.name AS specialization, d.years_experience, d.clinic_name, d.clinic_address,
                       d.consultation_fee, d.rating, d.review_count, p.next_free
                FROM (%s) p
                JOIN doctors d ON d.doctor_id = p.doctor_id JOIN users u ON u.user_id = d.user_id
                LEFT JOIN specializations s ON s.specialization_id = d.specialization_id
                ORDER BY p.next_free, p.full_name, p.doctor_id""".formatted(page);
        return new Statement(sql, params);
    }

    /**
     * How far past the earliest bookable time {@link #findAmongFirstTies} looks for the first free time: it reads at
     * most this window's free slots, in time order, until one belongs to a doctor offered.
     */
    static final Duration FIRST_TIME_WINDOW = Duration.ofHours(2);

    /**
     * The page when it lies among the doctors whose next free time is the first free time of all the doctors offered
     * (issue 18, round 8); otherwise fewer than {@code limit} cards (the caller looks further). At 2,000 doctors who
     * share a timetable some 1,600 tie at the first free time, and ordering them by name read and sorted all of them
     * ({@link #findInWindow}). Here:
     *
     * <ol>
     *   <li>the first free time {@code t} of any doctor offered (and matching the filters) in {@link
     *       #FIRST_TIME_WINDOW}: the free slots read in time order along {@code ix_availability_free_time} until one
     *       passes; every doctor offered has their next free time at or after {@code t}, so those with a bookable
     *       slot starting at {@code t} come first, in name and id order;
     *   <li>whether {@code offset + limit} free slots start at {@code t} at all (at most that many index entries,
     *       or {@link #TIES_READ_WHOLE}): if not, the page cannot lie among them; if fewer than {@link
     *       #TIES_READ_WHOLE}, the page is read from them all ({@link #tiesAtTime}), else:
     *   <li>the doctors read in name order ({@code ix_users_directory}, V0021: role, active, the name as shown),
     *       each probed for a bookable slot at {@code t} (by {@code uk_availability_doctor_start}), the read
     *       stopping at the page's last row: its name;
     *   <li>the page: the same walk up to that name, sorted by name and id (ties of name included), cut at the
     *       offset.
     * </ol>
     *
     * <p>Every doctor's user has the role DOCTOR (doctors are created with it and a role never changes): the walk
     * reads the users with that role.
     */
    List<DoctorCard> findAmongFirstTies(
            DirectoryQuery query, LocalDateTime earliest, LocalDate lastDay, long offset, int limit) {
        return findAmongFirstTies(query, earliest, lastDay, offset, limit, TIES_READ_WHOLE);
    }

    /** {@link #findAmongFirstTies}, reading the tied slots whole below {@code readWhole} of them (tests: 0, never). */
    List<DoctorCard> findAmongFirstTies(
            DirectoryQuery query, LocalDateTime earliest, LocalDate lastDay, long offset, int limit, int readWhole) {
        LocalDateTime horizonEnd = lastDay.plusDays(1).atStartOfDay();
        LocalDateTime bound = earliest.plus(FIRST_TIME_WINDOW);
        if (bound.isAfter(horizonEnd)) {
            bound = horizonEnd;
        }
        var first = firstFreeTime(query, earliest, bound);
        List<LocalDateTime> found = jdbc.sql(first.sql())
                .params(first.params())
                .query((rs, row) -> rs.getObject(1, LocalDateTime.class))
                .list();
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDateTime time = found.getFirst();
        long needed = offset + limit;
        long atTime = jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM doctor_availability a
                                              WHERE a.is_booked = FALSE AND a.available_date = :day
                                                AND a.start_time = :time LIMIT :cap) n""")
                .param("day", time.toLocalDate())
                .param("time", time.toLocalTime())
                .param("cap", Math.max(needed, readWhole))
                .query(Long.class)
                .single();
        if (atTime < needed) {
            return List.of();
        }
        if (atTime < readWhole) {
            return cards(tiesAtTime(query, time, offset, limit));
        }
        String lastName = tiesLastNameOf(tiesLastName(query, time, needed - 1));
        if (lastName == null) {
            return List.of();
        }
        return cards(tiesPage(query, time, lastName, offset, limit));
    }

    /**
     * Below this many free slots at the first free time, {@link #findAmongFirstTies} reads them all ({@link
     * #tiesAtTime}) rather than walking the doctors in name order: the walk reads about {@code offset + limit}
     * times (doctors ÷ tied doctors) names, so it pays when many doctors are tied.
     */
    static final int TIES_READ_WHOLE = 400;

    /** The page among the doctors tied at {@code time}, read from the free slots at that time (fewer than 400). */
    Statement tiesAtTime(DirectoryQuery query, LocalDateTime time, long offset, int limit) {
        var params = new LinkedHashMap<String, Object>();
        params.put("day", time.toLocalDate());
        params.put("time", time.toLocalTime());
        params.put("limit", limit);
        params.put("offset", offset);
        String sql = """
                SELECT d.doctor_id, CONCAT(u.first_name, ' ', u.last_name) AS full_name, u.profile_photo, u.bio,
                       (SELECT s.name FROM specializations s WHERE s.specialization_id = d.specialization_id)
                           AS specialization,
                       d.years_experience, d.clinic_name, d.clinic_address, d.consultation_fee, d.rating,
                       d.review_count, TIMESTAMP(a.available_date, a.start_time) AS next_free
                FROM doctor_availability a FORCE INDEX (ix_availability_free_time)
                STRAIGHT_JOIN doctors d ON d.doctor_id = a.doctor_id
                STRAIGHT_JOIN users u ON u.user_id = d.user_id
                WHERE a.is_booked = FALSE AND a.available_date = :day AND a.start_time = :time
                  AND NOT %s
                  AND d.is_available = TRUE AND u.is_active = TRUE""".formatted(SlotSql.DURING_TIME_OFF)
                + filters(query, params)
                + " ORDER BY full_name, d.doctor_id LIMIT :limit OFFSET :offset";
        return new Statement(sql, params);
    }

    /** The name {@link #tiesLastName} finds, or null when fewer doctors are tied. */
    @Nullable
    String tiesLastNameOf(Statement last) {
        return jdbc.sql(last.sql()).params(last.params()).query(String.class).list().stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * A free slot {@code a} starting in the window {@code [earliest, bound)} (the parameters of {@link #windowParams}),
     * outside its doctor's time off. The two OR conditions repeat the TIMESTAMP ones on the index's columns, so that
     * the range optimizer reads only the window's entries (TIMESTAMP(...) is not sargable).
     */
    private static final String FREE_IN_WINDOW = """
            WHERE a.is_booked = FALSE
              AND a.available_date BETWEEN :firstDay AND :boundDay
              AND (a.available_date > :firstDay OR a.start_time >= :firstTime)
              AND (a.available_date < :boundDay OR a.start_time <= :boundTime)
              AND TIMESTAMP(a.available_date, a.start_time) >= :earliest
              AND TIMESTAMP(a.available_date, a.start_time) < :bound
              AND NOT %s""".formatted(SlotSql.DURING_TIME_OFF);

    /** The named parameters of a window {@code [earliest, bound)}: each end as a date-time and as its date and time. */
    private static LinkedHashMap<String, Object> windowParams(LocalDateTime earliest, LocalDateTime bound) {
        var params = new LinkedHashMap<String, Object>();
        params.put("firstDay", earliest.toLocalDate());
        params.put("firstTime", earliest.toLocalTime());
        params.put("earliest", earliest);
        params.put("boundDay", bound.toLocalDate());
        params.put("boundTime", bound.toLocalTime());
        params.put("bound", bound);
        return params;
    }

    /** The first free time of a doctor offered in {@code [earliest, bound)}: at most one row. */
    Statement firstFreeTime(DirectoryQuery query, LocalDateTime earliest, LocalDateTime bound) {
        var params = windowParams(earliest, bound);
        // STRAIGHT_JOIN: the slots are read in time order and the read stops at the first that passes.
        String sql = """
                SELECT TIMESTAMP(a.available_date, a.start_time)
                FROM doctor_availability a FORCE INDEX (ix_availability_free_time)
                STRAIGHT_JOIN doctors d ON d.doctor_id = a.doctor_id
                STRAIGHT_JOIN users u ON u.user_id = d.user_id
                %s
                  AND d.is_available = TRUE AND u.is_active = TRUE""".formatted(FREE_IN_WINDOW)
                + filters(query, params)
                + " ORDER BY a.available_date, a.start_time LIMIT 1";
        return new Statement(sql, params);
    }

    /** The doctors offered with a bookable slot starting at {@code time}, read in name order (FROM and WHERE). */
    private static String tiesFrom(DirectoryQuery query, LocalDateTime time, Map<String, Object> params) {
        params.put("day", time.toLocalDate());
        params.put("time", time.toLocalTime());
        return " " + """
                 FROM users u FORCE INDEX (ix_users_directory)
                 STRAIGHT_JOIN doctors d ON d.user_id = u.user_id
                 STRAIGHT_JOIN doctor_availability a ON a.doctor_id = d.doctor_id
                     AND a.available_date = :day AND a.start_time = :time AND a.is_booked = FALSE
                 WHERE u.role = 'DOCTOR' AND u.is_active = TRUE AND d.is_available = TRUE
                   AND NOT %s""".formatted(SlotSql.DURING_TIME_OFF) + filters(query, params);
    }

    /** The name of the row at {@code last} among the doctors tied at {@code time}, in name order. */
    Statement tiesLastName(DirectoryQuery query, LocalDateTime time, long last) {
        var params = new LinkedHashMap<String, Object>();
        String from = tiesFrom(query, time, params);
        params.put("last", last);
        return new Statement(
                "SELECT u.directory_name" + from + " ORDER BY u.directory_name LIMIT 1 OFFSET :last", params);
    }

    /** The page among the doctors tied at {@code time} whose name sorts up to {@code lastName}. */
    Statement tiesPage(DirectoryQuery query, LocalDateTime time, String lastName, long offset, int limit) {
        var params = new LinkedHashMap<String, Object>();
        String from = tiesFrom(query, time, params);
        params.put("lastName", lastName);
        params.put("limit", limit);
        params.put("offset", offset);
        return new Statement(
                """
                SELECT d.doctor_id, u.directory_name AS full_name, u.profile_photo, u.bio,
                       (SELECT s.name FROM specializations s WHERE s.specialization_id = d.specialization_id)
                           AS specialization,
                       d.years_experience, d.clinic_name, d.clinic_address, d.consultation_fee, d.rating,
                       d.review_count, TIMESTAMP(a.available_date, a.start_time) AS next_free"""
                        + from
                        + " AND u.directory_name <= :lastName"
                        + " ORDER BY u.directory_name, d.doctor_id LIMIT :limit OFFSET :offset",
                params);
    }

    /** The query over every doctor offered, each with the look-up of their next free slot (no window). */
    Statement allDoctors(DirectoryQuery query, LocalDateTime earliest, LocalDate lastDay, long offset, int limit) {
        var params = window(earliest, lastDay);
        params.put("limit", limit);
        params.put("offset", offset);
        return new Statement(
                SELECT + FROM + filters(query, params)
                        + " ORDER BY next_free IS NULL, next_free, full_name, d.doctor_id LIMIT :limit OFFSET :offset",
                params);
    }

    /** " AND d.rating >= (the rating of the row at {@code last} in the rating order)", or "" when it has none. */
    private String ratingBound(DirectoryQuery query, long last, Map<String, Object> params) {
        var own = new LinkedHashMap<String, Object>();
        String where = filters(query, own);
        own.put("last", last);
        List<Optional<java.math.BigDecimal>> found = jdbc.sql("SELECT d.rating" + FROM + where
                        + " ORDER BY d.rating IS NULL, d.rating DESC LIMIT 1 OFFSET :last")
                .params(own)
                .query((rs, row) -> Optional.ofNullable(rs.getBigDecimal(1)))
                .list();
        if (found.isEmpty() || found.getFirst().isEmpty()) {
            return "";
        }
        params.put("minRating", found.getFirst().get());
        return " AND d.rating >= :minRating";
    }

    /**
     * How many doctors the query offers. Without a name or fee filter (issue 18, round 8): the doctors taking
     * bookings ({@code ix_doctors_available}, index only) less those among them whose account is deactivated (the
     * deactivated doctors' accounts, {@code ix_users_directory}: few), instead of a look-up of every doctor's account.
     */
    long count(DirectoryQuery query) {
        if ((query.name() == null || query.name().isBlank()) && query.maxFee() == null) {
            var params = new LinkedHashMap<String, Object>();
            String specialization = "";
            if (query.specializationId() != null) {
                specialization = " AND d.specialization_id = :specializationId";
                params.put("specializationId", query.specializationId());
            }
            return jdbc.sql("SELECT (SELECT COUNT(*) FROM doctors d WHERE d.is_available = TRUE" + specialization
                            + ") - (SELECT COUNT(*) FROM users u FORCE INDEX (ix_users_directory)"
                            + " JOIN doctors d ON d.user_id = u.user_id"
                            + " WHERE u.role = 'DOCTOR' AND u.is_active = FALSE AND d.is_available = TRUE"
                            + specialization + ")")
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        return plainCount(query);
    }

    /** {@link #count} as one join of every doctor offered to their account (tests compare the two). */
    long plainCount(DirectoryQuery query) {
        var params = new LinkedHashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*)" + FROM + filters(query, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    Optional<DoctorProfile> profile(long doctorId, LocalDateTime earliest, LocalDate lastDay) {
        var params = window(earliest, lastDay);
        params.put("doctorId", doctorId);
        return jdbc.sql(SELECT + FROM + " AND d.doctor_id = :doctorId")
                .params(params)
                .query((rs, row) -> new DoctorProfile(card(rs), rs.getString("bio"), rs.getString("clinic_address")))
                .optional();
    }

    private static Map<String, Object> window(LocalDateTime earliest, LocalDate lastDay) {
        var params = new LinkedHashMap<String, Object>();
        params.put("firstDay", earliest.toLocalDate());
        params.put("lastDay", lastDay);
        params.put("earliest", earliest);
        return params;
    }

    private static String filters(DirectoryQuery query, Map<String, Object> params) {
        var where = new StringBuilder();
        if (query.name() != null && !query.name().isBlank()) {
            where.append(" AND CONCAT(u.first_name, ' ', u.last_name) LIKE :name");
            params.put(
                    "name",
                    "%"
                            + query.name()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (query.specializationId() != null) {
            where.append(" AND d.specialization_id = :specializationId");
            params.put("specializationId", query.specializationId());
        }
        if (query.maxFee() != null) {
            where.append(" AND d.consultation_fee <= :maxFee");
            params.put("maxFee", query.maxFee());
        }
        return where.toString();
    }

    /**
     * The first {@code perDoctor} bookable slots of each of these doctors (one page of the directory), in one
     * query: for each doctor, their free slots read in time order along {@code ix_availability_doctor_free} until
     * {@code perDoctor} bookable ones are found ({@code LIMIT}), where ranking every free slot of the booking window
     * read them all (issue 18, round 5).
     */
    List<BookableSlot> firstFree(Collection<Long> doctorIds, LocalDateTime earliest, LocalDate lastDay, int perDoctor) {
        if (doctorIds.isEmpty()) {
            return List.of();
        }
        var statement = firstFreeStatement(doctorIds, earliest, lastDay, perDoctor);
        return jdbc.sql(statement.sql())
                .params(statement.params())
                .query((rs, row) -> SlotSql.bookable(rs))
                .list();
    }

    Statement firstFreeStatement(Collection<Long> doctorIds, LocalDateTime earliest, LocalDate lastDay, int perDoctor) {
        var params = window(earliest, lastDay);
        params.put("perDoctor", perDoctor);
        var parts = new ArrayList<String>();
        int i = 0;
        for (long doctorId : new LinkedHashSet<>(doctorIds)) {
            params.put("doctor" + i, doctorId);
            parts.add("(SELECT " + SlotSql.BOOKABLE_COLUMNS + " FROM doctor_availability a"
                    + " WHERE a.doctor_id = :doctor" + i + " AND a.is_booked = FALSE"
                    + " AND a.available_date BETWEEN :firstDay AND :lastDay"
                    + " AND TIMESTAMP(a.available_date, a.start_time) >= :earliest"
                    + " AND NOT " + SlotSql.DURING_TIME_OFF
                    + " ORDER BY a.available_date, a.start_time, a.availability_id LIMIT :perDoctor)");
            i++;
        }
        return new Statement(
                "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") first_free"
                        + " ORDER BY first_free.doctor_id, first_free.available_date, first_free.start_time,"
                        + " first_free.availability_id",
                params);
    }

    private static DoctorCard card(ResultSet rs) throws SQLException {
        return new DoctorCard(
                rs.getLong("doctor_id"),
                rs.getString("full_name"),
                rs.getString("profile_photo"),
                rs.getString("specialization"),
                (Integer) rs.getObject("years_experience", Integer.class),
                rs.getString("clinic_name"),
                rs.getBigDecimal("consultation_fee"),
                rs.getBigDecimal("rating"),
                rs.getInt("review_count"),
                rs.getObject("next_free", LocalDateTime.class));
    }

    /** Whether the patient of this user account has or had an appointment with the doctor, in one query. */
    boolean patientOfUserMet(long doctorId, long userId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM appointments a JOIN patients p ON p.patient_id = a.patient_id
                                       WHERE a.doctor_id = ? AND p.user_id = ?)""").params(doctorId, userId).query(Boolean.class).single();
    }
}
