package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotReservations;
import app.praxis.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a doctor to book: only doctors who take bookings and are active are offered, and only slots inside
 * the booking window (after the minimum notice, before the horizon) count as free.
 */
@Service
public class DoctorDirectory {

    private final DoctorDirectoryRepository directory;
    private final SlotReservations slots;
    private final BookingRules rules;
    private final Clock clock;

    DoctorDirectory(DoctorDirectoryRepository directory, SlotReservations slots, BookingRules rules, Clock clock) {
        this.directory = directory;
        this.slots = slots;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DoctorCard> search(DirectoryQuery query, Pageable page) {
        validate(query);
        ZonedDateTime now = ZonedDateTime.now(clock);
        return directory.find(
                query, rules.earliestStart(now), rules.lastDay(now), page.getOffset(), page.getPageSize());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(DirectoryQuery query) {
        validate(query);
        return directory.count(query);
    }

    /** The doctor's page, if they are offered for booking. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<DoctorProfile> profile(long doctorId) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return directory.profile(doctorId, rules.earliestStart(now), rules.lastDay(now));
    }

    /** The doctor's bookable slots, soonest first; none if the doctor is not offered. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BookableSlot> freeSlots(long doctorId) {
        if (profile(doctorId).isEmpty()) {
            return List.of();
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        return slots.freeSlots(doctorId, rules.earliestStart(now), rules.lastDay(now));
    }

    private static void validate(DirectoryQuery query) {
        if (query.maxFee() != null && query.maxFee().compareTo(BigDecimal.ZERO) < 0) {
            throw new InvalidInputException("maxFee", "The fee cannot be negative");
        }
        if (query.name() != null && query.name().length() > 200) {
            throw new InvalidInputException("name", "Search with at most 200 characters");
        }
    }
}
