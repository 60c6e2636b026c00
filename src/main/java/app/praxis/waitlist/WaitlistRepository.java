package app.praxis.waitlist;

import app.praxis.availability.SlotSql;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waitlist's SQL: entries, offers, and the free slots that match waiting entries. */
@Repository
class WaitlistRepository {

    /** A waiting entry and a free slot that matches it. */
    record Match(long entryId, long patientId, long slotId) {}

    /** What the offer's e-mail needs. */
    record OfferNotice(
            long userId, String email, String patientName, String doctorName, LocalDate date, LocalTime startTime) {}

    /** An open offer of the signed-in patient, locked. */
    record OpenOffer(long offerId, long entryId, long slotId, Instant expiresAt) {}

    private final JdbcClient jdbc;

    WaitlistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertEntry(long patientId, NewWaitlistEntry entry, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO waitlist_entries (patient_id, doctor_id, first_day, last_day, from_time, to_time,
                                                      status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?)""")
                .params(
                        patientId,
                        entry.doctorId(),
                        entry.firstDay(),
                        entry.lastDay(),
                        entry.fromTime(),
                        entry.toTime(),
                        Timestamp.from(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean doctorExists(long doctorId) {
        return jdbc.sql("SELECT COUNT(*) FROM doctors WHERE doctor_id = ?")
                        .param(doctorId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<Long> patientIdOfUser(long userId) {
        return jdbc.sql("SELECT patient_id FROM patients WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    /** Open offers whose hold has run out (read without locks). */
    List<Long> lapsedOffers(Instant now) {
        return jdbc.sql("SELECT offer_id FROM waitlist_offers WHERE status = 'OPEN' AND expires_at <= ? LIMIT 500")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /**
     * Marks one offer LAPSED (its slot's hold already counts as none). One row by its key, so two nodes doing this
     * at once never lock a range of each other's rows.
     */
    int lapse(long offerId) {
        return jdbc.sql("UPDATE waitlist_offers SET status = 'LAPSED' WHERE offer_id = ? AND status = 'OPEN'")
                .param(offerId)
                .update();
    }

    /**
     * Waiting entries without an open offer, first come first, each with the free, unheld slots of its doctor
     * that start within its days and times of day, no sooner than {@code earliest}, not offered to it before.
     */
    List<Match> matches(Instant now, LocalDateTime earliest, int limit) {
        return jdbc.sql("""
                        SELECT e.entry_id, e.patient_id, a.availability_id
                        FROM waitlist_entries e
                        JOIN doctor_availability a ON a.doctor_id = e.doctor_id
                        WHERE e.status = 'WAITING'
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offers o
                                          WHERE o.entry_id = e.entry_id AND o.status = 'OPEN')
                          AND a.is_booked = FALSE AND (a.held_until IS NULL OR a.held_until <= :now)
                          AND a.available_date BETWEEN e.first_day AND e.last_day
                          AND a.available_date >= :earliestDay
                          AND a.start_time >= e.from_time AND a.start_time < e.to_time
                          AND TIMESTAMP(a.available_date, a.start_time) >= :earliest
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offers o
                                          WHERE o.entry_id = e.entry_id AND o.availability_id = a.availability_id)
                          AND NOT\s""" + SlotSql.DURING_TIME_OFF + """

                        ORDER BY e.entry_id, a.available_date, a.start_time
                        LIMIT :limit""")
                .param("now", Timestamp.from(now))
                .param("earliestDay", earliest.toLocalDate())
                .param("earliest", earliest)
                .param("limit", limit)
                .query((rs, row) -> new Match(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Locks a waiting entry that has no open offer; false if it is no longer such. */
    boolean lockWaitingWithoutOffer(long entryId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM waitlist_entries e
                        WHERE e.entry_id = ? AND e.status = 'WAITING'
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.entry_id = e.entry_id AND o.status = 'OPEN')
                        FOR UPDATE""").param(entryId).query(Integer.class).single() == 1;
    }

    long insertOffer(long entryId, long slotId, Instant now, Instant expiresAt) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO waitlist_offers (entry_id, availability_id, status, offered_at, expires_at)
                        VALUES (?, ?, 'OPEN', ?, ?)""")
                .params(entryId, slotId, Timestamp.from(now), Timestamp.from(expiresAt))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    OfferNotice notice(long entryId, long slotId) {
        return jdbc.sql("""
                        SELECT pu.email, CONCAT(pu.first_name, ' ', pu.last_name),
                               CONCAT(du.first_name, ' ', du.last_name), a.available_date, a.start_time, pu.user_id
                        FROM waitlist_entries e
                        JOIN patients p ON p.patient_id = e.patient_id JOIN users pu ON pu.user_id = p.user_id
                        JOIN doctors d ON d.doctor_id = e.doctor_id JOIN users du ON du.user_id = d.user_id
                        JOIN doctor_availability a ON a.availability_id = ?
                        WHERE e.entry_id = ?""")
                .params(slotId, entryId)
                .query((rs, row) -> new OfferNotice(
                        rs.getLong(6),
                        rs.getString(1),
                        rs.getString(2),
                        "Dr. " + rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalTime.class)))
                .single();
    }

    /** The patient's open offer, locked, whether or not its hold has run out. */
    Optional<OpenOffer> lockOpenOffer(long offerId, long patientId) {
        return jdbc.sql("""
                        SELECT o.offer_id, o.entry_id, o.availability_id, o.expires_at
                        FROM waitlist_offers o JOIN waitlist_entries e ON e.entry_id = o.entry_id
                        WHERE o.offer_id = ? AND e.patient_id = ? AND o.status = 'OPEN'
                        FOR UPDATE""")
                .params(offerId, patientId)
                .query((rs, row) -> new OpenOffer(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void setOfferStatus(long offerId, String status) {
        jdbc.sql("UPDATE waitlist_offers SET status = ? WHERE offer_id = ?")
                .params(status, offerId)
                .update();
    }

    void setEntryStatus(long entryId, String status) {
        jdbc.sql("UPDATE waitlist_entries SET status = ? WHERE entry_id = ?")
                .params(status, entryId)
                .update();
    }

    /** Locks the patient's waiting entry; empty if it is not theirs or not waiting. */
    Optional<Long> lockWaitingEntry(long entryId, long patientId) {
        return jdbc.sql("SELECT entry_id FROM waitlist_entries WHERE entry_id = ? AND patient_id = ?"
                        + " AND status = 'WAITING' FOR UPDATE")
                .params(entryId, patientId)
                .query(Long.class)
                .optional();
    }

    /** The open offers of an entry: (offer, slot). */
    List<long[]> openOffersOf(long entryId) {
        return jdbc.sql("SELECT offer_id, availability_id FROM waitlist_offers WHERE entry_id = ? AND status = 'OPEN'")
                .param(entryId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** The patient's entries that still wait, newest first, with their open unexpired offer. */
    List<WaitlistEntry> entriesOf(long patientId, Instant now) {
        return jdbc.sql("""
                        SELECT e.entry_id, e.doctor_id, CONCAT(du.first_name, ' ', du.last_name), e.first_day,
                               e.last_day, e.from_time, e.to_time, e.status,
                               o.offer_id, o.availability_id, a.available_date, a.start_time, a.end_time, o.expires_at
                        FROM waitlist_entries e
                        JOIN doctors d ON d.doctor_id = e.doctor_id JOIN users du ON du.user_id = d.user_id
                        LEFT JOIN waitlist_offers o ON o.entry_id = e.entry_id AND o.status = 'OPEN'
                                                    AND o.expires_at > :now
                        LEFT JOIN doctor_availability a ON a.availability_id = o.availability_id
                        WHERE e.patient_id = :patient AND e.status = 'WAITING'
                        ORDER BY e.entry_id DESC""")
                .param("now", Timestamp.from(now))
                .param("patient", patientId)
                .query((rs, row) -> new WaitlistEntry(
                        rs.getLong(1),
                        rs.getLong(2),
                        "Dr. " + rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalTime.class),
                        rs.getObject(7, LocalTime.class),
                        rs.getString(8),
                        rs.getObject(9) == null
                                ? null
                                : new WaitlistEntry.Offer(
                                        rs.getLong(9),
                                        rs.getLong(10),
                                        rs.getObject(11, LocalDate.class),
                                        rs.getObject(12, LocalTime.class),
                                        rs.getObject(13, LocalTime.class),
                                        rs.getTimestamp(14).toInstant())))
                .list();
    }
}
