package app.praxis.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One of the patient's waitlist entries, with the offer open for it if there is one. */
public record WaitlistEntry(
        long id,
        long doctorId,
        String doctorName,
        LocalDate firstDay,
        LocalDate lastDay,
        LocalTime fromTime,
        LocalTime toTime,
        String status,
        @Nullable Offer offer) {

    /** A slot held for the patient until {@code expiresAt}. */
    public record Offer(
            long offerId, long slotId, LocalDate date, LocalTime startTime, LocalTime endTime, Instant expiresAt) {}
}
