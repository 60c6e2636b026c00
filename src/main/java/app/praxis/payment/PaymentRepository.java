package app.praxis.payment;

import app.praxis.base.DailyDeltas;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payments in plain SQL: reads joined with the appointment, doctor and patient they belong to (features below
 * payment), and the state changes as conditional updates, so that of two staff members acting at once exactly one
 * changes the row and the other learns it from the update count.
 */
@Repository
class PaymentRepository {

    private static final String STATE = """
            SELECT p.payment_id, p.appointment_id, p.amount, p.paid_amount, p.payment_method, p.payment_status,
                   p.transaction_date, p.insurance_policy, p.receipt_number, p.refunded_amount, p.refunded_at,
                   p.refund_reason, p.credit_note_number, a.status AS appointment_status, a.appointment_date,
                   a.start_time, a.end_time, a.reason_for_visit, a.doctor_id, du.user_id AS doctor_user_id,
                   CONCAT(du.first_name, ' ', du.last_name) AS doctor_name, pu.user_id AS patient_user_id,
                   CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name, pu.email AS patient_email,
                   pt.insurance_details
            FROM payments p
            JOIN appointments a ON a.appointment_id = p.appointment_id
            JOIN doctors d ON d.doctor_id = a.doctor_id
            JOIN users du ON du.user_id = d.user_id
            JOIN patients pt ON pt.patient_id = a.patient_id
            JOIN users pu ON pu.user_id = pt.user_id
            """;

    private static final String ROW_FROM = """
            FROM payments p
            JOIN appointments a ON a.appointment_id = p.appointment_id
            JOIN doctors d ON d.doctor_id = a.doctor_id
            JOIN users du ON du.user_id = d.user_id
            JOIN patients pt ON pt.patient_id = a.patient_id
            JOIN users pu ON pu.user_id = pt.user_id
            """;

    private static final String UNPAID = "('PENDING', 'FAILED')";

    private final JdbcClient jdbc;
    private final DailyDeltas revenue;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.revenue = new DailyDeltas(
                jdbc,
                "payment_daily_revenue",
                "revenue_date",
                List.of("paid", "pending", "refunded"),
                DailyDeltas.REVENUE);
    }

    void open(long appointmentId, BigDecimal fee) {
        jdbc.sql("INSERT INTO payments (appointment_id, amount) VALUES (?, ?)")
                .params(appointmentId, fee)
                .update();
    }

    /** What the revenue summary needs of a payment's appointment: its day, doctor and whether it is cancelled. */
    record Visit(LocalDate day, long doctorId, boolean cancelled) {

        Visit on(LocalDate otherDay) {
            return new Visit(otherDay, doctorId, cancelled);
        }

        Visit live() {
            return new Visit(day, doctorId, false);
        }
    }

    /**
     * The appointment's day, doctor and status from a locking read (shared): the latest committed values, and no
     * move or cancellation of it can commit before this transaction ends. Taken before the payment's own lock, in the
     * order the appointment's changes take them (appointment, then its payment), so the two never wait on each other
     * in a circle.
     */
    Visit lockVisit(long appointmentId) {
        return jdbc.sql("SELECT appointment_date, doctor_id, status FROM appointments WHERE appointment_id = ?"
                        + " LOCK IN SHARE MODE")
                .param(appointmentId)
                .query((rs, n) -> new Visit(
                        rs.getObject("appointment_date", LocalDate.class),
                        rs.getLong("doctor_id"),
                        "CANCELLED".equals(rs.getString("status"))))
                .single();
    }

    /** Locks the appointment's payment row until the transaction ends (false when it has none). */
    boolean lockPayment(long appointmentId) {
        return jdbc.sql("SELECT payment_id FROM payments WHERE appointment_id = ? FOR UPDATE")
                .param(appointmentId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /**
     * Adds {@code sign} × the payment's current amounts to its visit day's row of {@code payment_daily_revenue}
     * (V0013) and to the day's whole-clinic row (doctor 0, V0020): −1 before a change, +1 after it, signed deltas
     * written at the transaction's commit in one order ({@link DailyDeltas}), so concurrent changes of one day add up
     * and none waits on another in a circle. The same definitions as the dashboard's revenue: paid is what was taken,
     * pending the fee still owed of an appointment not cancelled, refunded what went back. Only the payment row is
     * read (one statement, as the former immediate upsert); the caller holds its lock.
     */
    void addRevenue(long appointmentId, Visit visit, int sign) {
        addRevenue(appointmentId, sign, visit);
    }

    /** {@link #addRevenue} of several visits from one read of the payment (a move: −1 on the old day, +1 on the new). */
    void addRevenue(long appointmentId, int sign, Visit... visits) {
        jdbc.sql("SELECT CASE WHEN payment_status IN ('PAID', 'REFUNDED') THEN COALESCE(paid_amount, amount)"
                        + "     ELSE 0 END,"
                        + " CASE WHEN payment_status IN " + UNPAID + " THEN amount ELSE 0 END,"
                        + " COALESCE(refunded_amount, 0)"
                        + " FROM payments WHERE appointment_id = ?")
                .param(appointmentId)
                .query(rs -> {
                    BigDecimal paid = rs.getBigDecimal(1);
                    BigDecimal unpaid = rs.getBigDecimal(2);
                    BigDecimal refunded = rs.getBigDecimal(3);
                    for (int i = 0; i < visits.length; i++) {
                        Visit visit = visits[i];
                        // the first visit takes the sign, the others the opposite (a move: out of one, into the other)
                        int s = i == 0 ? sign : -sign;
                        revenue.add(
                                visit.day(),
                                visit.doctorId(),
                                paid.multiply(BigDecimal.valueOf(s)),
                                visit.cancelled() ? BigDecimal.ZERO : unpaid.multiply(BigDecimal.valueOf(s)),
                                refunded.multiply(BigDecimal.valueOf(s)));
                    }
                });
    }

    /** A payment just opened (PENDING, nothing paid): its fee joins the day's pending revenue, with no read. */
    void addOpenedRevenue(Visit visit, BigDecimal fee) {
        revenue.add(
                visit.day(),
                visit.doctorId(),
                BigDecimal.ZERO,
                visit.cancelled() ? BigDecimal.ZERO : fee,
                BigDecimal.ZERO);
    }

    Optional<PaymentState> find(long appointmentId) {
        return jdbc.sql(STATE + " WHERE p.appointment_id = ?")
                .param(appointmentId)
                .query(PaymentRepository::state)
                .optional();
    }

    /**
     * The payment locked until the transaction ends, so changes to one payment never interleave. Only the payment
     * row is locked (the caller may hold its appointment's lock already; locking the joined rows too could
     * deadlock), and its columns come from the locking read, which sees the latest committed version even where
     * this transaction's snapshot is older.
     */
    Optional<PaymentState> lock(long appointmentId) {
        Optional<PaymentState> latest = jdbc.sql("SELECT payment_id, amount, paid_amount, payment_method,"
                        + " payment_status, transaction_date, insurance_policy, receipt_number, refunded_amount,"
                        + " refunded_at, refund_reason, credit_note_number FROM payments WHERE appointment_id = ?"
                        + " FOR UPDATE")
                .param(appointmentId)
                .query((rs, n) -> paymentColumns(rs, appointmentId))
                .optional();
        return latest.flatMap(payment -> find(appointmentId).map(joined -> joined.withPaymentOf(payment)));
    }

    List<PaymentState> findAll(Collection<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(STATE + " WHERE p.appointment_id IN (:ids)")
                .param("ids", appointmentIds)
                .query(PaymentRepository::state)
                .list();
    }

    /** PENDING or FAILED → PAID; false when the payment was no longer unpaid (someone else was quicker). */
    boolean markPaid(
            long paymentId,
            BigDecimal amount,
            PaymentMethod method,
            @Nullable String policy,
            Instant when,
            long byUserId) {
        return jdbc.sql("UPDATE payments SET payment_status = 'PAID', paid_amount = ?, payment_method = ?,"
                                + " insurance_policy = ?, transaction_date = ?, recorded_by = ?"
                                + " WHERE payment_id = ? AND payment_status IN " + UNPAID)
                        .params(amount, method.name(), policy, Timestamp.from(when), byUserId, paymentId)
                        .update()
                == 1;
    }

    /** PENDING or FAILED → FAILED (a declined card); false when the payment was no longer unpaid. */
    boolean markFailed(long paymentId, Instant when, long byUserId) {
        return jdbc.sql("UPDATE payments SET payment_status = 'FAILED', payment_method = 'CARD',"
                                + " transaction_date = ?, recorded_by = ?"
                                + " WHERE payment_id = ? AND payment_status IN " + UNPAID)
                        .params(Timestamp.from(when), byUserId, paymentId)
                        .update()
                == 1;
    }

    /** PENDING or FAILED → NOT_DUE; false when there was nothing unpaid to settle. */
    boolean markNotDue(long paymentId) {
        return jdbc.sql("UPDATE payments SET payment_status = 'NOT_DUE'"
                                + " WHERE payment_id = ? AND payment_status IN " + UNPAID)
                        .param(paymentId)
                        .update()
                == 1;
    }

    /** PAID → REFUNDED; false when the payment was no longer PAID (refunded meanwhile). */
    boolean markRefunded(long paymentId, BigDecimal amount, String reason, Instant when, @Nullable Long byUserId) {
        return jdbc.sql("UPDATE payments SET payment_status = 'REFUNDED', refunded_amount = ?, refund_reason = ?,"
                                + " refunded_at = ?, refunded_by = ? WHERE payment_id = ? AND payment_status = 'PAID'")
                        .params(amount, reason, Timestamp.from(when), byUserId, paymentId)
                        .update()
                == 1;
    }

    void setReceiptNumber(long paymentId, String number) {
        jdbc.sql("UPDATE payments SET receipt_number = ? WHERE payment_id = ?")
                .params(number, paymentId)
                .update();
    }

    void setCreditNoteNumber(long paymentId, String number) {
        jdbc.sql("UPDATE payments SET credit_note_number = ? WHERE payment_id = ?")
                .params(number, paymentId)
                .update();
    }

    void addHistory(
            long paymentId,
            Instant when,
            @Nullable Long byUserId,
            @Nullable PaymentStatus oldStatus,
            PaymentStatus newStatus,
            @Nullable BigDecimal amount,
            @Nullable PaymentMethod method,
            @Nullable String note) {
        jdbc.sql("INSERT INTO payment_history (payment_id, changed_at, changed_by, old_status, new_status, amount,"
                        + " payment_method, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        paymentId,
                        Timestamp.from(when),
                        byUserId,
                        oldStatus == null ? null : oldStatus.name(),
                        newStatus.name(),
                        amount,
                        method == null ? null : method.name(),
                        note)
                .update();
    }

    List<PaymentHistoryEntry> history(long paymentId, ZoneId zone) {
        return jdbc.sql("""
                        SELECT h.changed_at, CONCAT(u.first_name, ' ', u.last_name) AS who, h.old_status,
                               h.new_status, h.amount, h.payment_method, h.note
                        FROM payment_history h LEFT JOIN users u ON u.user_id = h.changed_by
                        WHERE h.payment_id = ? ORDER BY h.history_id
                        """)
                .param(paymentId)
                .query((rs, n) -> new PaymentHistoryEntry(
                        LocalDateTime.ofInstant(rs.getTimestamp("changed_at").toInstant(), zone),
                        rs.getString("who"),
                        status(rs.getString("old_status")),
                        PaymentStatus.valueOf(rs.getString("new_status")),
                        rs.getBigDecimal("amount"),
                        method(rs.getString("payment_method")),
                        rs.getString("note")))
                .list();
    }

    /** The doctor and patient records of a user, for ownership checks. */
    Optional<Long> doctorIdOfUser(long userId) {
        return jdbc.sql("SELECT doctor_id FROM doctors WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    List<PaymentRow> rows(PaymentFilter filter, long offset, int limit, String orderBy, ZoneId zone) {
        var params = new LinkedHashMap<String, Object>();
        String sql = "SELECT p.payment_id, p.appointment_id, a.appointment_date, a.start_time,"
                + " CONCAT(du.first_name, ' ', du.last_name) AS doctor_name,"
                + " CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name, p.payment_status, p.payment_method,"
                + " p.amount, p.paid_amount, p.refunded_amount, p.transaction_date, p.receipt_number,"
                + " p.credit_note_number "
                + ROW_FROM + where(filter, params) + " ORDER BY " + orderBy + ", p.payment_id"
                + " LIMIT :limit OFFSET :offset";
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new PaymentRow(
                        rs.getLong("payment_id"),
                        rs.getLong("appointment_id"),
                        rs.getObject("appointment_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class),
                        rs.getString("doctor_name"),
                        rs.getString("patient_name"),
                        PaymentStatus.valueOf(rs.getString("payment_status")),
                        method(rs.getString("payment_method")),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("paid_amount"),
                        rs.getBigDecimal("refunded_amount"),
                        local(rs.getTimestamp("transaction_date"), zone),
                        rs.getString("receipt_number"),
                        rs.getString("credit_note_number")))
                .list();
    }

    long count(PaymentFilter filter) {
        var params = new LinkedHashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*) " + ROW_FROM + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    PaymentTotals totals(PaymentFilter filter) {
        var byStatus = new EnumMap<PaymentStatus, PaymentTotals.StatusTotal>(PaymentStatus.class);
        var statusParams = new LinkedHashMap<String, Object>();
        jdbc.sql("SELECT p.payment_status, COUNT(*) AS n, SUM(p.amount) AS fees " + ROW_FROM
                        + where(filter, statusParams) + " GROUP BY p.payment_status")
                .params(statusParams)
                .query(rs -> {
                    byStatus.put(
                            PaymentStatus.valueOf(rs.getString("payment_status")),
                            new PaymentTotals.StatusTotal(rs.getLong("n"), rs.getBigDecimal("fees")));
                });
        var byMethod = new EnumMap<PaymentMethod, PaymentTotals.MethodTotal>(PaymentMethod.class);
        var methodParams = new LinkedHashMap<String, Object>();
        jdbc.sql("SELECT p.payment_method, COUNT(*) AS n, COALESCE(SUM(p.paid_amount), 0) AS paid,"
                        + " COALESCE(SUM(p.refunded_amount), 0) AS refunded " + ROW_FROM
                        + where(filter, methodParams)
                        + " AND p.payment_status IN ('PAID', 'REFUNDED') GROUP BY p.payment_method")
                .params(methodParams)
                .query(rs -> {
                    byMethod.put(
                            PaymentMethod.valueOf(rs.getString("payment_method")),
                            new PaymentTotals.MethodTotal(
                                    rs.getLong("n"), rs.getBigDecimal("paid"), rs.getBigDecimal("refunded")));
                });
        return new PaymentTotals(byStatus, byMethod);
    }

    private static String where(PaymentFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (filter.status() != null) {
            where.append(" AND p.payment_status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.method() != null) {
            where.append(" AND p.payment_method = :method");
            params.put("method", filter.method().name());
        }
        if (filter.doctorId() != null) {
            where.append(" AND a.doctor_id = :doctorId");
            params.put("doctorId", filter.doctorId());
        }
        if (filter.from() != null) {
            where.append(" AND a.appointment_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND a.appointment_date <= :to");
            params.put("to", filter.to());
        }
        return where.toString();
    }

    /** Only the payments row's own columns; the appointment's are left empty for {@code withPaymentOf}. */
    private static PaymentState paymentColumns(ResultSet rs, long appointmentId) throws SQLException {
        return new PaymentState(
                rs.getLong("payment_id"),
                appointmentId,
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("paid_amount"),
                method(rs.getString("payment_method")),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                instant(rs.getTimestamp("transaction_date")),
                rs.getString("insurance_policy"),
                rs.getString("receipt_number"),
                rs.getBigDecimal("refunded_amount"),
                instant(rs.getTimestamp("refunded_at")),
                rs.getString("refund_reason"),
                rs.getString("credit_note_number"),
                "",
                LocalDate.MIN,
                LocalTime.MIN,
                LocalTime.MIN,
                null,
                0,
                0,
                "",
                0,
                "",
                "",
                null);
    }

    private static PaymentState state(ResultSet rs, int row) throws SQLException {
        return new PaymentState(
                rs.getLong("payment_id"),
                rs.getLong("appointment_id"),
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("paid_amount"),
                method(rs.getString("payment_method")),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                instant(rs.getTimestamp("transaction_date")),
                rs.getString("insurance_policy"),
                rs.getString("receipt_number"),
                rs.getBigDecimal("refunded_amount"),
                instant(rs.getTimestamp("refunded_at")),
                rs.getString("refund_reason"),
                rs.getString("credit_note_number"),
                rs.getString("appointment_status"),
                rs.getObject("appointment_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                rs.getString("reason_for_visit"),
                rs.getLong("doctor_id"),
                rs.getLong("doctor_user_id"),
                rs.getString("doctor_name"),
                rs.getLong("patient_user_id"),
                rs.getString("patient_name"),
                rs.getString("patient_email"),
                rs.getString("insurance_details"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable LocalDateTime local(@Nullable Timestamp timestamp, ZoneId zone) {
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), zone);
    }

    private static @Nullable PaymentMethod method(@Nullable String name) {
        return name == null ? null : PaymentMethod.valueOf(name);
    }

    private static @Nullable PaymentStatus status(@Nullable String name) {
        return name == null ? null : PaymentStatus.valueOf(name);
    }
}
