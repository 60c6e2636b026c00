package app.praxis.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The demo clinic's history and future: appointments in every status, reschedules, payments and chats. */
final class DemoAppointments {

    private static final List<String> REASONS = List.of(
            "Annual check-up",
            "Persistent cough for two weeks",
            "Follow-up on blood test results",
            "Prescription renewal",
            "Back pain after lifting",
            "Skin rash on both arms",
            "Headaches in the morning",
            "Vaccination",
            "Chest tightness when climbing stairs",
            "Second opinion on treatment plan");
    private static final List<String> PATIENT_LINES = List.of(
            "Hello doctor, should I keep taking the medication until our appointment?",
            "Thank you, the new dosage works much better.",
            "Can I bring my previous lab results on paper?",
            "The symptoms came back yesterday evening.",
            "Is it fine to do sport before the check-up?");
    private static final List<String> DOCTOR_LINES = List.of(
            "Yes, please continue as prescribed and note any side effects.",
            "Good to hear. We will review it at the next visit.",
            "Please bring them along, or upload a photo here.",
            "If it gets worse, please call the practice right away.",
            "Light exercise is fine; avoid heavy training the day before.");

    private record Slot(long id, long doctorId, LocalDate date, LocalTime start, LocalTime end) {}

    private record Booked(long appointmentId, long doctorId, long patientId, Slot slot, String status) {}

    private final JdbcClient jdbc;
    private final Random random;
    private final Clock clock;
    private final ZoneId zone;

    DemoAppointments(JdbcClient jdbc, Random random, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.random = random;
        this.clock = clock;
        this.zone = zone;
    }

    void create(
            List<Long> doctorIds,
            List<Long> patientIds,
            Map<Long, BigDecimal> fees,
            Map<Long, Long> doctorUserIds,
            Map<Long, Long> patientUserIds) {
        LocalDate today = LocalDate.now(clock);
        List<Slot> slots = jdbc.sql("SELECT availability_id, doctor_id, available_date, start_time, end_time"
                        + " FROM doctor_availability ORDER BY available_date, start_time")
                .query((rs, n) -> new Slot(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalTime.class),
                        rs.getObject(5, LocalTime.class)))
                .list();
        var payments = new DemoPayments(jdbc, clock, zone);
        Set<Long> takenSlots = new HashSet<>();
        Set<String> patientTimes = new HashSet<>();
        List<Booked> booked = new ArrayList<>();

        for (int p = 0; p < patientIds.size(); p++) {
            long patientId = patientIds.get(p);
            List<Long> regularDoctors =
                    List.of(doctorIds.get(p % doctorIds.size()), doctorIds.get((p * 7 + 3) % doctorIds.size()));
            int visits = 8 + random.nextInt(6); // half of them in the past 13 weeks, half in the coming 8
            for (int v = 0; v < visits; v++) {
                long doctorId = regularDoctors.get(v % 2);
                boolean past = v % 2 == 0;
                List<Slot> candidates = slots.stream()
                        .filter(s -> s.doctorId() == doctorId && !takenSlots.contains(s.id()))
                        .filter(s -> past ? s.date().isBefore(today) : s.date().isAfter(today))
                        .filter(s -> !patientTimes.contains(patientId + "@" + s.date() + s.start()))
                        .toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                Slot slot = candidates.get(random.nextInt(candidates.size()));
                String status = past ? pastStatus() : futureStatus();
                boolean byPatient = random.nextBoolean();
                long appointmentId = insertAppointment(
                        doctorId,
                        patientId,
                        slot,
                        status,
                        byPatient,
                        doctorUserIds.get(doctorId),
                        patientUserIds.get(patientId));
                if (!status.equals("CANCELLED")) {
                    takenSlots.add(slot.id());
                    patientTimes.add(patientId + "@" + slot.date() + slot.start());
                    jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                            .param(slot.id())
                            .update();
                }
                payments.add(new DemoPayments.Visit(
                        appointmentId,
                        status,
                        byPatient,
                        fees.get(doctorId),
                        slot.date().atTime(slot.start()),
                        slot.date().atTime(slot.end()),
                        doctorUserIds.get(doctorId),
                        patientUserIds.get(patientId),
                        patientId));
                booked.add(new Booked(appointmentId, doctorId, patientId, slot, status));
            }
        }
        payments.numberDocuments();
        insertReschedules(booked, patientUserIds);
        insertChats(booked, doctorUserIds, patientUserIds);
    }

    private String pastStatus() {
        int roll = random.nextInt(10);
        return roll < 7 ? "COMPLETED" : roll < 8 ? "NO_SHOW" : "CANCELLED";
    }

    private String futureStatus() {
        return random.nextInt(100) < 85 ? "SCHEDULED" : "CANCELLED";
    }

    private long insertAppointment(
            long doctorId,
            long patientId,
            Slot slot,
            String status,
            boolean byPatient,
            long doctorUserId,
            long patientUserId) {
        boolean cancelled = status.equals("CANCELLED");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, status, reason_for_visit, cancellation_reason, cancelled_by, patient_first_name,"
                        + " patient_last_name, patient_user_id) SELECT ?, p.patient_id, ?, ?, ?, ?, ?, ?, ?, ?, u.first_name, u.last_name, u.user_id"
                        + " FROM patients p JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(
                        doctorId,
                        slot.id(),
                        slot.date(),
                        slot.start(),
                        slot.end(),
                        status,
                        REASONS.get(random.nextInt(REASONS.size())),
                        cancelled ? (byPatient ? "Feeling better, no longer needed" : "Doctor unavailable") : null,
                        cancelled ? (byPatient ? patientUserId : doctorUserId) : null,
                        patientId)
                .update(keys);
        return keys.getKey().longValue();
    }

    /** Some upcoming appointments were moved once: their history shows where they were before. */
    private void insertReschedules(List<Booked> booked, Map<Long, Long> patientUserIds) {
        int n = 0;
        for (Booked b : booked) {
            if (!b.status().equals("SCHEDULED") || n++ % 4 != 0) {
                continue;
            }
            jdbc.sql("INSERT INTO appointment_reschedules (appointment_id, old_date, old_time, new_date, new_time,"
                            + " reason, rescheduled_by) VALUES (?,?,?,?,?,?,?)")
                    .params(
                            b.appointmentId(),
                            b.slot().date().minusDays(2),
                            b.slot().start().minusHours(1),
                            b.slot().date(),
                            b.slot().start(),
                            "A work meeting came up",
                            patientUserIds.get(b.patientId()))
                    .update();
        }
    }

    private record DemoMessage(long chatId, long senderUserId, String text, Instant sentAt, boolean unread) {}

    /**
     * Chats for most pairs that have met (every patient's first doctor, two in three of the others), a few messages
     * each; in two chats of three the newest message is still unread, so doctors and patients both see badges.
     * Messages are inserted in the order they were sent, as the application would have: ids follow time.
     */
    private void insertChats(List<Booked> booked, Map<Long, Long> doctorUserIds, Map<Long, Long> patientUserIds) {
        Map<String, Booked> pairs = new LinkedHashMap<>();
        booked.forEach(b -> pairs.putIfAbsent(b.doctorId() + "-" + b.patientId(), b));
        Set<Long> patientsWithChat = new HashSet<>();
        Instant now = clock.instant();
        List<DemoMessage> messages = new ArrayList<>();
        int pairIndex = 0;
        for (Booked pair : pairs.values()) {
            pairIndex++;
            boolean firstOfPatient = patientsWithChat.add(pair.patientId());
            if (!firstOfPatient && pairIndex % 3 == 0) {
                continue;
            }
            int count = 2 + random.nextInt(5);
            Instant opened = now.minus(Duration.ofHours(count * 5L + 1)).minus(Duration.ofMinutes(pairIndex * 7L));
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO chats (doctor_id, patient_id, created_at, updated_at) VALUES (?, ?, ?, ?)")
                    .params(pair.doctorId(), pair.patientId(), Timestamp.from(opened), Timestamp.from(opened))
                    .update(keys);
            long chatId = keys.getKey().longValue();
            boolean lastUnread = pairIndex % 3 != 1;
            for (int m = 0; m < count; m++) {
                boolean fromPatient = m % 2 == 0;
                messages.add(new DemoMessage(
                        chatId,
                        fromPatient ? patientUserIds.get(pair.patientId()) : doctorUserIds.get(pair.doctorId()),
                        fromPatient
                                ? PATIENT_LINES.get(random.nextInt(PATIENT_LINES.size()))
                                : DOCTOR_LINES.get(random.nextInt(DOCTOR_LINES.size())),
                        now.minus(Duration.ofHours((count - m) * 5L)).minus(Duration.ofMinutes(pairIndex * 7L)),
                        m == count - 1 && lastUnread));
            }
        }
        messages.sort(java.util.Comparator.comparing(DemoMessage::sentAt));
        for (DemoMessage message : messages) {
            var key = new GeneratedKeyHolder();
            jdbc.sql(
                            "INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at, read_at) VALUES (?,?,?,?,?)")
                    .params(
                            message.chatId(),
                            message.senderUserId(),
                            message.text(),
                            Timestamp.from(message.sentAt()),
                            message.unread()
                                    ? null
                                    : Timestamp.from(message.sentAt().plus(Duration.ofMinutes(30))))
                    .update(key);
            jdbc.sql("UPDATE chats SET last_message = ?, last_message_id = ?, updated_at = ? WHERE chat_id = ?")
                    .params(
                            message.text(),
                            key.getKey().longValue(),
                            Timestamp.from(message.sentAt()),
                            message.chatId())
                    .update();
        }
    }
}
