package app.praxis.appointment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A doctor as the directory shows them, with their next bookable time (none in the booking window: null). The rating
 * is the average of the visible reviews ({@code reviewCount} of them), null while there are none.
 */
public record DoctorCard(
        long doctorId,
        String fullName,
        @Nullable String photo,
        @Nullable String specialization,
        @Nullable Integer yearsExperience,
        @Nullable String clinicName,
        BigDecimal fee,
        @Nullable BigDecimal rating,
        int reviewCount,
        @Nullable LocalDateTime nextFreeSlot) {}
