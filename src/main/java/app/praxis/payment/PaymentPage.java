package app.praxis.payment;

import app.praxis.base.Language;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page's payments with what the page needs to show them: the amounts in the page's language and whether the
 * signed-in user may record or refund each one. Read by one call for the whole page, so that a card's lines and
 * buttons go through no service call of their own (issue 18: round trips). The service checks again when a payment
 * is recorded or refunded.
 */
public record PaymentPage(Map<Long, PaymentDetails> byAppointment, String role, String currency, Language language) {

    private static final Set<String> STAFF = Set.of(Roles.DOCTOR, Roles.ADMIN);

    public PaymentPage {
        byAppointment = Map.copyOf(byAppointment);
    }

    static PaymentPage of(
            Map<Long, PaymentDetails> byAppointment, PraxisUser user, String currency, Language language) {
        return new PaymentPage(byAppointment, user.role(), currency, language);
    }

    public Optional<PaymentDetails> payment(long appointmentId) {
        return Optional.ofNullable(byAppointment.get(appointmentId));
    }

    /** An amount as people read it in the page's language: {@code €80.00}, {@code 80,00 €}. */
    public String format(BigDecimal amount) {
        return ReceiptPdf.money(amount, currency, language);
    }

    /** Staff may record a payment that is not paid yet. */
    public boolean mayRecord(PaymentDetails payment) {
        return mayRecord(role, payment);
    }

    /** Staff may refund a PAID payment; for a cancelled appointment (the policy decided) only an admin. */
    public boolean mayRefund(PaymentDetails payment, boolean appointmentCancelled) {
        return mayRefund(role, payment, appointmentCancelled);
    }

    static boolean mayRecord(String role, PaymentDetails payment) {
        return STAFF.contains(role) && payment.status().isUnpaid();
    }

    static boolean mayRefund(String role, PaymentDetails payment, boolean appointmentCancelled) {
        return (role.equals(Roles.ADMIN) || (role.equals(Roles.DOCTOR) && !appointmentCancelled))
                && payment.status() == PaymentStatus.PAID;
    }
}
