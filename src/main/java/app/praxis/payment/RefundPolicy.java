package app.praxis.payment;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The refund policy for a paid appointment that is cancelled (configurable in {@link PaymentProperties}): the
 * practice's cancellation is refunded in full; a patient's, in full when it came at least the notice (24 h)
 * before the start; a later one not at all, unless an admin grants a refund.
 */
@Component
class RefundPolicy {

    record Decision(boolean refund, String reason) {}

    private final PaymentProperties properties;

    RefundPolicy(PaymentProperties properties) {
        this.properties = properties;
    }

    Decision onCancellation(boolean byPractice, LocalDateTime startsAt, LocalDateTime now) {
        if (byPractice) {
            return properties.refundPracticeCancellations()
                    ? new Decision(true, "Cancelled by the practice")
                    : new Decision(false, "Cancelled by the practice; no automatic refund by the practice's policy");
        }
        Duration notice = properties.fullRefundNotice();
        if (!now.plus(notice).isAfter(startsAt)) {
            return new Decision(true, "Cancelled by the patient at least " + hours(notice) + " before the start");
        }
        return new Decision(
                false,
                "Cancelled by the patient less than " + hours(notice)
                        + " before the start: no refund unless an admin grants one");
    }

    private static String hours(Duration duration) {
        return duration.toHours() + " h";
    }
}
