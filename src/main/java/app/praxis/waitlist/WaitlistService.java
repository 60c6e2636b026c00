package app.praxis.waitlist;

import app.praxis.appointment.AppointmentCancelled;
import app.praxis.appointment.BookingRules;
import app.praxis.appointment.BookingService;
import app.praxis.availability.SlotReservations;
import app.praxis.base.AccountLanguages;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Language;
import app.praxis.base.NotFoundException;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The waitlist. A patient joins for a doctor, a date range and times of day. A job on every node (and every
 * cancellation, once committed) offers matching free slots to the first entries waiting: one transaction per
 * offer locks the entry, holds the slot through availability's conditional update (only one of any number of
 * nodes or patients can hold it, and while the hold lasts booking refuses everyone but the holder), records the
 * offer and writes its e-mail to the outbox. An offer not taken within {@code praxis.waitlist.hold} lapses and the
 * slot goes to the next entry; the patient who let it lapse keeps waiting for other times.
 */
@Service
public class WaitlistService {

    public static final String OFFER = "offer";
    static final String OFFER_GONE = "waitlist.error.offerGone";

    private static final Logger log = LoggerFactory.getLogger(WaitlistService.class);
    private static final int BATCH = 500;

    private final WaitlistRepository repository;
    private final SlotReservations slots;
    private final BookingService booking;
    private final BookingRules rules;
    private final OutgoingMail mail;
    private final CurrentUser currentUser;
    private final WaitlistProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Texts texts;
    private final AccountLanguages languages;

    WaitlistService(
            WaitlistRepository repository,
            SlotReservations slots,
            BookingService booking,
            BookingRules rules,
            OutgoingMail mail,
            CurrentUser currentUser,
            WaitlistProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager,
            Texts texts,
            AccountLanguages languages) {
        this.texts = texts;
        this.languages = languages;
        this.repository = repository;
        this.slots = slots;
        this.booking = booking;
        this.rules = rules;
        this.mail = mail;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
        // Its own transactions, also when called after another one has committed (a cancellation's listener).
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The signed-in patient joins a doctor's waitlist; refused input names its field. Returns the entry's id. */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public long join(NewWaitlistEntry entry) {
        long patientId = patientId();
        LocalDate today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        if (entry.firstDay() == null) {
            errors.put(NewWaitlistEntry.FIRST_DAY, texts.get("waitlist.error.firstDayMissing"));
        } else if (entry.firstDay().isBefore(today)) {
            errors.put(NewWaitlistEntry.FIRST_DAY, texts.get("waitlist.error.firstDayPast"));
        }
        if (entry.lastDay() == null) {
            errors.put(NewWaitlistEntry.LAST_DAY, texts.get("waitlist.error.lastDayMissing"));
        } else if (entry.firstDay() != null && entry.lastDay().isBefore(entry.firstDay())) {
            errors.put(NewWaitlistEntry.LAST_DAY, texts.get("waitlist.error.lastDayBeforeFirst"));
        } else if (entry.lastDay().isAfter(today.plusWeeks(properties.maxWeeksAhead()))) {
            errors.put(NewWaitlistEntry.LAST_DAY, texts.get("waitlist.error.tooFarAhead", properties.maxWeeksAhead()));
        }
        if (entry.fromTime() == null) {
            errors.put(NewWaitlistEntry.FROM_TIME, texts.get("waitlist.error.fromTimeMissing"));
        }
        if (entry.toTime() == null) {
            errors.put(NewWaitlistEntry.TO_TIME, texts.get("waitlist.error.toTimeMissing"));
        } else if (entry.fromTime() != null && !entry.toTime().isAfter(entry.fromTime())) {
            errors.put(NewWaitlistEntry.TO_TIME, texts.get("waitlist.error.toTimeBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!repository.doctorExists(entry.doctorId())) {
            throw new NotFoundException(texts.get("waitlist.error.noDoctor"));
        }
        return repository.insertEntry(patientId, entry, clock.instant());
    }

    /** The signed-in patient's entries that still wait, each with its open offer. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PATIENT)
    public List<WaitlistEntry> mine() {
        return repository.entriesOf(patientId(), clock.instant());
    }

    /**
     * Books the offered slot for the signed-in patient, in one transaction with the offer marked taken and the
     * entry done; refused (on {@link #OFFER}) when the offer has run out, and as booking refuses otherwise.
     */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public long accept(long offerId) {
        long patientId = patientId();
        var offer = repository
                .lockOpenOffer(offerId, patientId)
                .filter(o -> o.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new InvalidInputException(OFFER, texts.get(OFFER_GONE)));
        long appointmentId = booking.book(offer.slotId(), texts.get("waitlist.booking.reason"));
        repository.setOfferStatus(offer.offerId(), "TAKEN");
        repository.setEntryStatus(offer.entryId(), "BOOKED");
        return appointmentId;
    }

    /** The patient does not want the offered time: it goes to the next one waiting; they keep waiting. */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public void decline(long offerId) {
        long patientId = patientId();
        repository.lockOpenOffer(offerId, patientId).ifPresent(offer -> {
            repository.setOfferStatus(offer.offerId(), "DECLINED");
            slots.releaseHold(offer.slotId(), patientId);
        });
    }

    /** The patient leaves the waitlist entry; a slot held for it is given back. */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public void leave(long entryId) {
        long patientId = patientId();
        repository.lockWaitingEntry(entryId, patientId).ifPresent(id -> {
            for (long[] offer : repository.openOffersOf(id)) {
                repository.setOfferStatus(offer[0], "DECLINED");
                slots.releaseHold(offer[1], patientId);
            }
            repository.setEntryStatus(id, "LEFT");
        });
    }

    @Scheduled(
            fixedDelayString = "${praxis.waitlist.check-interval:PT30S}",
            initialDelayString = "${praxis.waitlist.check-interval:PT30S}")
    void onSchedule() {
        if (properties.enabled()) {
            try {
                offerDue();
            } catch (RuntimeException e) {
                log.warn("The waitlist job failed; it runs again in {}", properties.checkInterval(), e);
            }
        }
    }

    /** A cancelled appointment's slot is free again: offer it now rather than at the next run. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onCancelled(AppointmentCancelled cancelled) {
        if (properties.enabled()) {
            try {
                offerDue();
            } catch (RuntimeException e) {
                log.warn("Could not offer freed slots after a cancellation; the next run will", e);
            }
        }
    }

    /** Lapses offers whose hold ran out and offers free matching slots; returns how many offers this node made. */
    public int offerDue() {
        Instant now = clock.instant();
        for (long offerId : repository.lapsedOffers(now)) {
            try {
                transaction.executeWithoutResult(status -> repository.lapse(offerId));
            } catch (PessimisticLockingFailureException busy) {
                // another node is marking it; the next run looks again
            }
        }
        var earliest = rules.earliestStart(ZonedDateTime.now(clock));
        Set<Long> entriesDone = new HashSet<>();
        Set<Long> slotsDone = new HashSet<>();
        int offered = 0;
        for (var match : repository.matches(now, earliest, BATCH)) {
            if (entriesDone.contains(match.entryId()) || slotsDone.contains(match.slotId())) {
                continue;
            }
            if (Boolean.TRUE.equals(transaction.execute(status -> {
                try {
                    return offer(match, now);
                } catch (DuplicateKeyException | PessimisticLockingFailureException anotherNodeGotThere) {
                    status.setRollbackOnly(); // the next run looks again
                    return false;
                }
            }))) {
                entriesDone.add(match.entryId());
                slotsDone.add(match.slotId());
                offered++;
            }
        }
        return offered;
    }

    private boolean offer(WaitlistRepository.Match match, Instant now) {
        if (!repository.lockWaitingWithoutOffer(match.entryId())) {
            return false;
        }
        Instant until = now.plus(properties.hold());
        if (!slots.hold(match.slotId(), match.patientId(), until)) {
            return false; // booked, held for someone else, or covered by time off since it was read
        }
        repository.insertOffer(match.entryId(), match.slotId(), now, until);
        var notice = repository.notice(match.entryId(), match.slotId());
        // In the patient's language, with its formats: "Wed 9 Dec 2026 at 10:00" / "Mi., 9. Dez. 2026 um 10:00".
        Language language = languages.ofUser(notice.userId());
        Formats formats = Formats.of(language);
        String day = formats.day(notice.date());
        String time = formats.time(notice.startTime());
        mail.send(
                notice.email(),
                texts.get(language, "waitlist.mail.subject", notice.doctorName(), day, time),
                texts.get(
                        language,
                        "waitlist.mail.body",
                        notice.patientName(),
                        notice.doctorName(),
                        day,
                        time,
                        formats.time(until.atZone(clock.getZone()).toLocalTime()),
                        properties.linkBase() + "/waitlist"),
                "waitlist offer of entry " + match.entryId());
        return true;
    }

    private long patientId() {
        return repository
                .patientIdOfUser(currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("waitlist.error.noPatient")));
    }
}
