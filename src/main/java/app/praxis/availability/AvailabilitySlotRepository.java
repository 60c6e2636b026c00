package app.praxis.availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AvailabilitySlotRepository extends JpaRepository<AvailabilitySlot, Long> {

    /**
     * Serializes every change to one doctor's slots: whoever holds this row lock checks overlaps and writes, the
     * next waits. MySQL has no exclusion constraint, so this lock is what keeps slots from overlapping.
     */
    @Query(value = "SELECT doctor_id FROM doctors WHERE doctor_id = :doctorId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockDoctor(@Param("doctorId") long doctorId);

    @Query("""
            select s from AvailabilitySlot s
            where s.doctorId = :doctorId and s.date between :from and :until
            order by s.date, s.startTime""")
    List<AvailabilitySlot> findInRange(
            @Param("doctorId") long doctorId, @Param("from") LocalDate from, @Param("until") LocalDate until);

    /**
     * Deletes free slots only. The {@code is_booked} guard is evaluated by the database at delete time, so a slot
     * booked a moment earlier survives. A slot that a (cancelled) appointment still refers to is kept for its
     * history by the appointments' foreign key: {@code IGNORE} turns that refusal into skipping the row, so this
     * feature never reads the appointments table (a higher feature's; MySQL and MariaDB alike).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            DELETE IGNORE FROM doctor_availability
            WHERE availability_id IN (:ids) AND is_booked = FALSE""", nativeQuery = true)
    void deleteFreeIgnoringKept(@Param("ids") Collection<Long> ids);

    @Query(value = "SELECT COUNT(*) FROM doctor_availability WHERE availability_id IN (:ids)", nativeQuery = true)
    long countExisting(@Param("ids") Collection<Long> ids);

    /**
     * Deletes what it can (see above) and returns how many went. Services call {@link SlotSummaries#deleteFree}, which
     * keeps the slots' daily summary in step around this. Counted afterwards rather than taken from the
     * statement: MySQL 8.0 reports a row that {@code IGNORE} kept for its foreign key as deleted (decision 0008).
     */
    default int deleteFree(Collection<Long> ids) {
        deleteFreeIgnoringKept(ids);
        return Math.toIntExact(ids.size() - countExisting(ids));
    }

    /**
     * Moves a free slot. Conditional on {@code is_booked = FALSE} in the database, so a booking that wins the race
     * is never overwritten; a moved weekly slot becomes one-off so regenerating the hours does not move it back.
     * Services call {@link SlotSummaries#moveFree}, which keeps the slots' daily summary in step around this.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE doctor_availability
            SET available_date = :date, start_time = :start, end_time = :end, source = 'ONE_OFF'
            WHERE availability_id = :id AND is_booked = FALSE""", nativeQuery = true)
    int moveFree(
            @Param("id") long id,
            @Param("date") LocalDate date,
            @Param("start") LocalTime start,
            @Param("end") LocalTime end);

    @Query("select max(s.date) from AvailabilitySlot s where s.doctorId = :doctorId and s.source = 'WEEKLY'")
    Optional<LocalDate> findLastWeeklyDate(@Param("doctorId") long doctorId);

    Optional<AvailabilitySlot> findByIdAndDoctorId(long id, long doctorId);

    /** Slots that overlap [from, until), which may span several days (a slot may end at midnight). */
    default List<AvailabilitySlot> findOverlapping(long doctorId, LocalDateTime from, LocalDateTime until) {
        return findInRange(doctorId, from.toLocalDate(), until.toLocalDate()).stream()
                .filter(slot -> slot.startsAt().isBefore(until) && from.isBefore(slot.endsAt()))
                .toList();
    }
}
