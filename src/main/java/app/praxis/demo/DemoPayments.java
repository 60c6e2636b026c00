package app.praxis.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The demo clinic's money, as the payment rules would have left it: completed visits mostly paid (card, cash,
 * insurance), a few still owed or with a declined card; no-shows and unpaid cancellations not due; prepaid
 * appointments the practice (or the patient in time) cancelled refunded with a credit note; one partial refund
 * an admin granted. Every change has its history row, and receipts and credit notes are numbered gap-free per
 * year in the order they were issued, with the counters left where the application continues.
 */
final class DemoPayments {

    record Visit(
            long appointmentId,
            String status,
            boolean cancelledByPatient,
            BigDecimal fee,
            LocalDateTime start,
            LocalDateTime end,
            long doctorUserId,
            long patientUserId,
            long patientId) {}

    private record Document(String kind, Instant issued, long paymentId) {}

    private static final List<String> METHODS = List.of("CARD", "CASH", "INSURANCE");

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final LocalDateTime now;
    private final List<Document> documents = new ArrayList<>();
    private final Map<Long, String> policies = new HashMap<>();
    private final long adminUserId;
    private int completed;
    private int scheduled;
    private int cancelled;

    DemoPayments(JdbcClient jdbc, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.now = LocalDateTime.now(clock.withZone(zone));
        jdbc.sql("SELECT patient_id, insurance_details FROM patients").query(rs -> {
            policies.put(rs.getLong(1), rs.getString(2) == null ? "Private" : rs.getString(2));
        });
        this.adminUserId = jdbc.sql("SELECT MIN(user_id) FROM users WHERE role = 'ADMIN'")
                .query(Long.class)
                .single();
    }

    void add(Visit visit) {
        long paymentId = insert(visit);
        switch (visit.status()) {
            case "COMPLETED" -> completed(visit, paymentId, completed++);
            case "NO_SHOW" -> notDue(paymentId, visit.end(), visit.doctorUserId(), "No-show: nothing is owed");
            case "CANCELLED" -> cancelled(visit, paymentId, cancelled++);
            default -> {
                if (scheduled++ % 5 == 0) {
                    paid(
                            visit,
                            paymentId,
                            scheduled % 2 == 0 ? "CARD" : "CASH",
                            now.minusDays(1).withHour(10));
                }
            }
        }
    }

    private void completed(Visit visit, long paymentId, int index) {
        switch (index % 10) {
            case 0 -> {} // still owed
            case 1 -> {
                jdbc.sql("UPDATE payments SET payment_status = 'FAILED', payment_method = 'CARD',"
                                + " transaction_date = ?, recorded_by = ? WHERE payment_id = ?")
                        .params(ts(visit.end()), visit.doctorUserId(), paymentId)
                        .update();
                history(
                        paymentId,
                        visit.end(),
                        visit.doctorUserId(),
                        "PENDING",
                        "FAILED",
                        null,
                        "CARD",
                        "Card declined");
            }
            default -> {
                String method = METHODS.get(index % 3);
                paid(visit, paymentId, method, visit.end());
                LocalDateTime goodwill = visit.end().plusDays(2).withHour(11);
                if (index % 10 == 7 && goodwill.isBefore(now)) {
                    refund(
                            visit,
                            paymentId,
                            method,
                            new BigDecimal("20.00"),
                            "Goodwill: a long wait before the appointment",
                            goodwill,
                            adminUserId);
                }
            }
        }
    }

    private void cancelled(Visit visit, long paymentId, int index) {
        LocalDateTime cancelledAt = visit.start().isBefore(now)
                ? visit.start().minusDays(2).withHour(10)
                : now.minusDays(1).withHour(9);
        long cancelledBy = visit.cancelledByPatient() ? visit.patientUserId() : visit.doctorUserId();
        if (index % 2 == 0) {
            paid(visit, paymentId, "CARD", cancelledAt.minusDays(2));
            refund(
                    visit,
                    paymentId,
                    "CARD",
                    visit.fee(),
                    visit.cancelledByPatient()
                            ? "Cancelled by the patient at least 24 h before the start"
                            : "Cancelled by the practice",
                    cancelledAt,
                    cancelledBy);
        } else {
            notDue(paymentId, cancelledAt, cancelledBy, "Appointment cancelled: nothing is owed");
        }
    }

    private void paid(Visit visit, long paymentId, String method, LocalDateTime when) {
        String policy = method.equals("INSURANCE") ? policies.get(visit.patientId()) : null;
        jdbc.sql("UPDATE payments SET payment_status = 'PAID', paid_amount = amount, payment_method = ?,"
                        + " insurance_policy = ?, transaction_date = ?, recorded_by = ? WHERE payment_id = ?")
                .params(method, policy, ts(when), visit.doctorUserId(), paymentId)
                .update();
        history(paymentId, when, visit.doctorUserId(), "PENDING", "PAID", visit.fee(), method, "Paid at the practice");
        documents.add(new Document("RECEIPT", when.atZone(zone).toInstant(), paymentId));
    }

    private void refund(
            Visit visit,
            long paymentId,
            String method,
            BigDecimal amount,
            String reason,
            LocalDateTime when,
            long byUserId) {
        jdbc.sql("UPDATE payments SET payment_status = 'REFUNDED', refunded_amount = ?, refund_reason = ?,"
                        + " refunded_at = ?, refunded_by = ? WHERE payment_id = ?")
                .params(amount, reason, ts(when), byUserId, paymentId)
                .update();
        history(paymentId, when, byUserId, "PAID", "REFUNDED", amount, method, "Refunded: " + reason);
        documents.add(new Document("CREDIT_NOTE", when.atZone(zone).toInstant(), paymentId));
    }

    private void notDue(long paymentId, LocalDateTime when, long byUserId, String note) {
        jdbc.sql("UPDATE payments SET payment_status = 'NOT_DUE' WHERE payment_id = ?")
                .param(paymentId)
                .update();
        history(paymentId, when, byUserId, "PENDING", "NOT_DUE", null, null, note);
    }

    /** Numbers every receipt and credit note in the order they were issued, per year, and sets the counters. */
    void numberDocuments() {
        documents.sort(Comparator.comparing(Document::issued).thenComparing(Document::paymentId));
        Map<String, Integer> last = new HashMap<>();
        for (Document document : documents) {
            int year = LocalDate.ofInstant(document.issued(), zone).getYear();
            int number = last.merge(document.kind() + ":" + year, 1, Integer::sum);
            String formatted =
                    (document.kind().equals("CREDIT_NOTE") ? "CN-" : "") + year + "-" + String.format("%06d", number);
            jdbc.sql("UPDATE payments SET "
                            + (document.kind().equals("RECEIPT") ? "receipt_number" : "credit_note_number")
                            + " = ? WHERE payment_id = ?")
                    .params(formatted, document.paymentId())
                    .update();
        }
        last.forEach((key, number) -> jdbc.sql(
                        "INSERT INTO document_counters (document_kind, counter_year, last_number) VALUES (?, ?, ?)")
                .params(
                        key.substring(0, key.indexOf(':')),
                        Integer.parseInt(key.substring(key.indexOf(':') + 1)),
                        number)
                .update());
    }

    private long insert(Visit visit) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO payments (appointment_id, amount) VALUES (?, ?)")
                .params(visit.appointmentId(), visit.fee())
                .update(keys);
        return keys.getKey().longValue();
    }

    private void history(
            long paymentId,
            LocalDateTime when,
            long byUserId,
            String oldStatus,
            String newStatus,
            @Nullable BigDecimal amount,
            @Nullable String method,
            String note) {
        jdbc.sql("INSERT INTO payment_history (payment_id, changed_at, changed_by, old_status, new_status, amount,"
                        + " payment_method, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(paymentId, ts(when), byUserId, oldStatus, newStatus, amount, method, note)
                .update();
    }

    private Timestamp ts(LocalDateTime local) {
        return DemoClinicSeeder.timestamp(local, zone);
    }
}
