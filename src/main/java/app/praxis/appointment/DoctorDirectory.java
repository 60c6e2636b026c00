package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotReservations;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final BookabilityRepository bookability;
    private final Texts texts;
    private final CurrentUser currentUser;

    DoctorDirectory(
            DoctorDirectoryRepository directory,
            SlotReservations slots,
            BookingRules rules,
            Clock clock,
            BookabilityRepository bookability,
            Texts texts,
            CurrentUser currentUser) {
        this.texts = texts;
        this.currentUser = currentUser;
        this.directory = directory;
        this.bookability = bookability;
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

    /**
     * The doctor's page with their bookable slots and whether the signed-in patient has met them (so may write to
     * them; never for other roles), in one read-only transaction, if the doctor is offered for booking (issue 18:
     * the page asked {@link #profile}, {@link #freeSlots}, which read the profile again, and {@code
     * AppointmentService.metDoctor}: three transactions).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<DoctorPage> page(long doctorId) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDateTime earliest = rules.earliestStart(now);
        LocalDate last = rules.lastDay(now);
        return directory
                .profile(doctorId, earliest, last)
                .map(profile -> new DoctorPage(
                        profile,
                        slots.freeSlots(doctorId, earliest, last),
                        currentUser
                                .find()
                                .filter(user -> user.hasRole(Roles.PATIENT))
                                .map(user -> directory.patientOfUserMet(doctorId, user.userId()))
                                .orElse(false)));
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

    /**
     * The doctor's bookable slots of the days {@code from} to {@code until} (both included) inside the booking
     * window, soonest first: another week of a doctor's page, in one indexed query (issue 18: the page keeps only the
     * days it shows instead of every free time of the window). Whether the doctor is still offered is not asked
     * again here: the page was opened for an offered doctor, and the booking service refuses a doctor who stopped
     * taking bookings since.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BookableSlot> freeSlots(long doctorId, LocalDate from, LocalDate until) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDateTime earliest = rules.earliestStart(now);
        LocalDateTime start = from.atStartOfDay().isAfter(earliest) ? from.atStartOfDay() : earliest;
        LocalDate last = rules.lastDay(now);
        LocalDate end = until.isBefore(last) ? until : last;
        if (end.isBefore(start.toLocalDate())) {
            return List.of();
        }
        return slots.freeSlots(doctorId, start, end);
    }

    private void validate(DirectoryQuery query) {
        if (query.maxFee() != null && query.maxFee().compareTo(BigDecimal.ZERO) < 0) {
            throw new InvalidInputException("maxFee", texts.get("appointment.error.negativeFee"));
        }
        if (query.name() != null && query.name().length() > 200) {
            throw new InvalidInputException("name", texts.get("appointment.error.searchTooLong", 200));
        }
    }

    /** The next {@code perDoctor} bookable times of each doctor (a page of cards), soonest first, by doctor. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<BookableSlot>> nextFreeSlots(Collection<Long> doctorIds, int perDoctor) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return directory.firstFree(doctorIds, rules.earliestStart(now), rules.lastDay(now), perDoctor).stream()
                .collect(Collectors.groupingBy(BookableSlot::doctorId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Can patients book this doctor now, and if not, the first reason why: deactivated, not accepting bookings,
     * free times only too soon (inside the minimum notice), in time off or beyond the booking window, or none at
     * all. One answer for the calendar and its preview, the patient's reschedule and the admin's screens.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Bookability bookability(long doctorId) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        var facts = bookability
                .facts(
                        doctorId,
                        now.toLocalDateTime().withNano(0),
                        rules.earliestStart(now).withNano(0),
                        rules.lastDay(now))
                .orElseThrow(() -> new NotFoundException(texts.get("appointment.error.noSuchDoctor")));
        return decide(facts);
    }

    /**
     * {@link #bookability} of several doctors, by their users' ids (ids that are not a doctor's are left out), read
     * in one query: for the admin's users grid, one page of doctors at a time.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Map<Long, Bookability> bookabilityOfUsers(Collection<Long> doctorUserIds) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        var answers = new LinkedHashMap<Long, Bookability>();
        bookability
                .factsOfUsers(
                        Set.copyOf(doctorUserIds),
                        now.toLocalDateTime().withNano(0),
                        rules.earliestStart(now).withNano(0),
                        rules.lastDay(now))
                .forEach((userId, facts) -> answers.put(userId, decide(facts)));
        return answers;
    }

    private Bookability decide(BookabilityRepository.Facts facts) {
        var window = BookingRules.describe(rules.horizon(), texts);
        if (!facts.active()) {
            return answer(Bookability.State.DEACTIVATED, texts.get("appointment.bookability.deactivated"));
        }
        if (!facts.accepting()) {
            return answer(Bookability.State.NOT_ACCEPTING, texts.get("appointment.bookability.notAccepting"));
        }
        LocalDateTime next = facts.nextBookable();
        if (next != null) {
            return new Bookability(
                    Bookability.State.BOOKABLE,
                    texts.get(
                            "appointment.bookability.bookable",
                            Formats.current().when(next)),
                    next);
        }
        if (facts.tooSoon()) {
            return answer(
                    Bookability.State.TOO_SOON,
                    texts.get("appointment.bookability.tooSoon", BookingRules.describe(rules.minimumNotice(), texts)));
        }
        if (facts.duringTimeOff()) {
            return answer(Bookability.State.TIME_OFF, texts.get("appointment.bookability.timeOff", window));
        }
        if (facts.beyondHorizon()) {
            return answer(
                    Bookability.State.OUTSIDE_HORIZON, texts.get("appointment.bookability.outsideHorizon", window));
        }
        return answer(Bookability.State.NO_FREE_TIMES, texts.get("appointment.bookability.noFreeTimes", window));
    }

    private static Bookability answer(Bookability.State state, String explanation) {
        return new Bookability(state, explanation, null);
    }
}
