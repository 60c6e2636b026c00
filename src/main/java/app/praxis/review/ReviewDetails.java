package app.praxis.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A review as a screen shows it. The author is named by first name and initial only ("Paul N."); {@code editable}
 * says whether its author may still change it (14 days, not hidden).
 */
public record ReviewDetails(
        long id,
        long appointmentId,
        long doctorId,
        String doctorName,
        String author,
        int stars,
        @Nullable String comment,
        Instant submittedAt,
        boolean editable,
        boolean hidden,
        @Nullable String hiddenReason) {}
