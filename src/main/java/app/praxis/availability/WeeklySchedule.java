package app.praxis.availability;

import app.praxis.base.AuditedEntity;
import app.praxis.base.DaySpan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One interval of a doctor's repeating weekly hours (weekly_schedules); it generates slots. */
@Entity
@Table(name = "weekly_schedules")
public class WeeklySchedule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "schedule_id")
    private Long id;

    @Column(name = "doctor_id")
    private Long doctorId;

    /** ISO day number, 1 = Monday. */
    @Column(name = "day_of_week")
    @JdbcTypeCode(SqlTypes.TINYINT)
    private int dayOfWeek;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(name = "slot_minutes")
    private int slotMinutes;

    @Column(name = "buffer_minutes")
    private int bufferMinutes;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    protected WeeklySchedule() {}

    WeeklySchedule(
            Long doctorId,
            DayOfWeek day,
            LocalTime startTime,
            LocalTime endTime,
            int slotMinutes,
            int bufferMinutes,
            LocalDate validFrom,
            @Nullable LocalDate validUntil) {
        this.doctorId = doctorId;
        this.dayOfWeek = day.getValue();
        this.startTime = startTime;
        this.endTime = endTime;
        this.slotMinutes = slotMinutes;
        this.bufferMinutes = bufferMinutes;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public Long getDoctorId() {
        return doctorId;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidUntil() {
        return validUntil;
    }

    /** The slots this interval generates on {@code date}: none unless it is this weekday and within validity. */
    List<TimeRange> slotsOn(LocalDate date) {
        return appliesOn(date) ? new TimeRange(startTime, endTime).cut(slotMinutes, bufferMinutes) : List.of();
    }

    /** Whether {@code time} on {@code date} lies within these hours (an end of 00:00 runs to midnight). */
    boolean covers(LocalDate date, LocalTime time) {
        return appliesOn(date) && !time.isBefore(startTime) && time.toSecondOfDay() < DaySpan.endMinute(endTime) * 60;
    }

    private boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek().getValue() == dayOfWeek
                && !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil));
    }
}
