package app.praxis.payment;

import app.praxis.base.Language;
import app.praxis.base.Texts;
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
    private final Texts texts;

    RefundPolicy(PaymentProperties properties, Texts texts) {
        this.properties = properties;
        this.texts = texts;
    }

    /** The decision, its reason written in {@code language} (the patient's: it is printed on their credit note). */
    Decision onCancellation(boolean byPractice, LocalDateTime startsAt, LocalDateTime now, Language language) {
        if (byPractice) {
            return properties.refundPracticeCancellations()
                    ? new Decision(true, texts.get(language, "payment.policy.practice"))
                    : new Decision(false, texts.get(language, "payment.policy.practiceNoRefund"));
        }
        Duration notice = properties.fullRefundNotice();
        String hours = String.valueOf(notice.toHours());
        if (!now.plus(notice).isAfter(startsAt)) {
            return new Decision(true, texts.get(language, "payment.policy.patientInTime", hours));
        }
        return new Decision(false, texts.get(language, "payment.policy.patientLate", hours));
    }
}
