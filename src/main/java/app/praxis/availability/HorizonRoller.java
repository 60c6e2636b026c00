package app.praxis.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rolling horizon filled: every night, the days that have newly come within the horizon get their
 * weekly slots. Only days after the last generated one are touched, so a doctor's edits inside the horizon stay.
 * One transaction per doctor: one doctor's failure does not hold back the others.
 */
@Component
class HorizonRoller {

    private static final Logger log = LoggerFactory.getLogger(HorizonRoller.class);

    private final WeeklyScheduleRepository schedules;
    private final AvailabilitySlotRepository slots;
    private final SlotGenerator generator;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AvailabilityProperties properties;

    HorizonRoller(
            WeeklyScheduleRepository schedules,
            AvailabilitySlotRepository slots,
            SlotGenerator generator,
            PlatformTransactionManager transactionManager,
            Clock clock,
            AvailabilityProperties properties) {
        this.schedules = schedules;
        this.slots = slots;
        this.generator = generator;
        // READ COMMITTED for the reason given on AvailabilityService: reads after the lock must see the latest rows.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(
            cron = "${praxis.availability.roll-cron:0 30 0 * * *}",
            zone = "${praxis.clinic.time-zone:Europe/Berlin}")
    void rollAll() {
        for (long doctorId : schedules.findDoctorsWithHours()) {
            try {
                transactions.executeWithoutResult(status -> roll(doctorId));
            } catch (RuntimeException e) {
                log.error("Could not extend the slots of doctor {}", doctorId, e);
            }
        }
    }

    /** Generates the days after the doctor's last weekly slot, up to the end of the horizon. */
    SlotsRegenerated roll(long doctorId) {
        slots.lockDoctor(doctorId);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = slots.findLastWeeklyDate(doctorId)
                .map(last -> last.plusDays(1))
                .filter(next -> next.isAfter(today))
                .orElse(today);
        LocalDate until = properties.horizonEnd(today);
        return generator.regenerate(doctorId, from, until, LocalDateTime.now(clock));
    }
}
