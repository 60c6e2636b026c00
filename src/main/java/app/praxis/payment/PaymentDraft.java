package app.praxis.payment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the "Record payment" form starts with: the fee as amount, the policy number from the patient's record. */
public record PaymentDraft(BigDecimal fee, @Nullable String policyNumber, String currency) {}
