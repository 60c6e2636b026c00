package app.praxis.payment;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.AccountLanguages;
import app.praxis.base.ClinicProperties;
import app.praxis.base.CurrentLocale;
import app.praxis.base.FreeText;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.payment.PaymentDocument.Kind;
import app.praxis.payment.PaymentRepository.Visit;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking, refusing and refunding the money of an appointment, and the documents that explain it. Every change is
 * a conditional update from the state it leaves (PENDING/FAILED → PAID or FAILED, PAID → REFUNDED), so of two staff
 * members acting at once exactly one changes the payment; the other is told and nothing of theirs is stored.
 * Every change writes a history row (who, when, what, why); receipts and credit notes get gap-free numbers from
 * {@link DocumentNumbers} in the same transaction.
 *
 * <p>Who may do what: a patient sees only their own payments and documents; a doctor those of their own
 * appointments, and records payments and refunds for them; admins everything, including refunds the policy does
 * not give (a patient's late cancellation).
 */
@Service
public class PaymentService {

    public static final String METHOD = "method";
    public static final String AMOUNT = "amount";
    public static final String POLICY_NUMBER = "policyNumber";
    public static final String REASON = "reason";
    /** Errors about the payment as a whole (its state, a race), not about one field. */
    public static final String PAYMENT = "payment";

    /** The key of the message the loser of a race for the same payment gets. */
    public static final String JUST_PAID = "payment.error.justPaid";

    public static final String JUST_REFUNDED = "payment.error.justRefunded";
    static final int POLICY_MAX = 100;
    static final int REASON_MAX = 500;

    private final PaymentRepository payments;
    private final DocumentNumbers numbers;
    private final RefundPolicy policy;
    private final CurrentUser currentUser;
    private final PaymentProperties properties;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Texts texts;
    private final AccountLanguages languages;

    PaymentService(
            PaymentRepository payments,
            DocumentNumbers numbers,
            RefundPolicy policy,
            CurrentUser currentUser,
            PaymentProperties properties,
            ClinicProperties clinic,
            Clock clock,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Texts texts,
            AccountLanguages languages) {
        this.audit = audit;
        this.texts = texts;
        this.languages = languages;
        this.payments = payments;
        this.numbers = numbers;
        this.policy = policy;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clinic = clinic;
        this.clock = clock;
        this.events = events;
    }

    /** The payment of an appointment its patient, its doctor or an admin may see. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PaymentDetails payment(long appointmentId) {
        return details(requireVisible(appointmentId));
    }

    /**
     * The payments of those of {@code appointmentIds} the signed-in user may see, by appointment id, in one query
     * without a transaction around it (one statement; issue 18: round trips).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PaymentDetails> payments(Collection<Long> appointmentIds) {
        return visible(currentUser.require(), appointmentIds);
    }

    /**
     * The same payments with what a page shows of them (amounts in the page's language, who may record or refund),
     * so that the page's cards need no further call each (issue 18: round trips).
     */
    @PreAuthorize("isAuthenticated()")
    public PaymentPage paymentPage(Collection<Long> appointmentIds) {
        PraxisUser user = currentUser.require();
        return PaymentPage.of(visible(user, appointmentIds), user, currency(), CurrentLocale.language());
    }

    private Map<Long, PaymentDetails> visible(PraxisUser user, Collection<Long> appointmentIds) {
        return payments.findAll(Set.copyOf(appointmentIds)).stream()
                .filter(state -> mayView(user, state))
                .map(this::details)
                .collect(Collectors.toMap(PaymentDetails::appointmentId, Function.identity()));
    }

    /** What the "Record payment" form starts with: the fee and the patient's policy number. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public PaymentDraft draft(long appointmentId) {
        PaymentState state = requireStaffAccess(appointmentId);
        return new PaymentDraft(state.fee(), state.patientInsurance(), currency());
    }

    /**
     * Staff record that the patient paid: PENDING or FAILED becomes PAID, with the method, the amount (more than
     * zero, at most the fee), for INSURANCE the policy number, the time from the clock, and a receipt number. The
     * patient gets the receipt by e-mail after the commit.
     */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public PaymentDetails recordPayment(long appointmentId, NewPayment payment) {
        PraxisUser user = currentUser.require();
        PaymentState state = requireStaffAccess(appointmentId);
        requirePayable(state);
        var errors = new LinkedHashMap<String, String>();
        if (payment.method() == null) {
            errors.put(METHOD, texts.get("payment.error.method"));
        }
        BigDecimal amount = checkAmount(
                payment.amount(), state.fee(), "payment.error.amount.paid", "payment.error.amount.overFee", errors);
        String policyNumber = null;
        if (payment.method() == PaymentMethod.INSURANCE) {
            policyNumber = checkText(
                    payment.policyNumber(), POLICY_NUMBER, texts.get("payment.error.policy"), POLICY_MAX, errors);
        }
        throwIfAny(errors);
        PaymentMethod method = Objects.requireNonNull(payment.method());

        Instant now = clock.instant();
        Visit visit = lockForRevenue(appointmentId);
        payments.addRevenue(appointmentId, visit, -1);
        if (!payments.markPaid(state.paymentId(), amount, method, policyNumber, now, user.userId())) {
            throw lostRace(appointmentId, JUST_PAID);
        }
        payments.addRevenue(appointmentId, visit, 1);
        String receipt = numbers.next(Kind.RECEIPT, yearOf(now));
        payments.setReceiptNumber(state.paymentId(), receipt);
        payments.addHistory(
                state.paymentId(),
                now,
                user.userId(),
                state.status(),
                PaymentStatus.PAID,
                amount,
                method,
                "Paid by " + method.label().toLowerCase(Locale.ROOT) + "; receipt " + receipt);
        audit.record(AuditAction.RECORDED_PAYMENT, state.patientUserId(), "payment", state.paymentId());
        events.publishEvent(new PaymentRecorded(
                document(Kind.RECEIPT, receipt, now, state, amount, method, policyNumber, null, null),
                state.patientUserId()));
        return details(payments.find(appointmentId).orElseThrow());
    }

    /** Staff record a declined card: the payment is FAILED and can be paid later. */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public PaymentDetails recordDeclinedCard(long appointmentId) {
        PraxisUser user = currentUser.require();
        PaymentState state = requireStaffAccess(appointmentId);
        requirePayable(state);
        Instant now = clock.instant();
        Visit visit = lockForRevenue(appointmentId);
        payments.addRevenue(appointmentId, visit, -1);
        if (!payments.markFailed(state.paymentId(), now, user.userId())) {
            throw lostRace(appointmentId, JUST_PAID);
        }
        payments.addRevenue(appointmentId, visit, 1);
        payments.addHistory(
                state.paymentId(),
                now,
                user.userId(),
                state.status(),
                PaymentStatus.FAILED,
                null,
                PaymentMethod.CARD,
                "Card declined");
        audit.record(AuditAction.RECORDED_DECLINED_CARD, state.patientUserId(), "payment", state.paymentId());
        return details(payments.find(appointmentId).orElseThrow());
    }

    /**
     * Staff refund (part of) what was paid, with a reason: PAID becomes REFUNDED, the refunded amount, who, when
     * and why are kept, and a credit note is numbered and e-mailed. A doctor may refund their own appointments'
     * payments, except for a cancelled appointment: there the policy already decided at the cancellation (a full
     * refund, or none), and only an admin can grant one the policy does not give.
     */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public PaymentDetails refund(long appointmentId, RefundRequest request) {
        PraxisUser user = currentUser.require();
        PaymentState state = requireStaffAccess(appointmentId);
        requireRefundable(state, user);
        var errors = new LinkedHashMap<String, String>();
        BigDecimal paid = Objects.requireNonNull(state.paidAmount());
        BigDecimal amount = checkAmount(
                request.amount(), paid, "payment.error.amount.refund", "payment.error.amount.overPaid", errors);
        String reason = checkText(request.reason(), REASON, texts.get("payment.error.reason"), REASON_MAX, errors);
        throwIfAny(errors);
        Visit visit = lockForRevenue(appointmentId);
        payments.addRevenue(appointmentId, visit, -1);
        doRefund(state, amount, reason, user.userId());
        payments.addRevenue(appointmentId, visit, 1);
        audit.record(AuditAction.REFUNDED_PAYMENT, state.patientUserId(), "payment", state.paymentId());
        return details(payments.find(appointmentId).orElseThrow());
    }

    /** Whether the signed-in user may record a payment for it now (the service checks again). */
    public boolean mayRecord(PaymentDetails payment) {
        return currentUser
                .find()
                .map(user -> PaymentPage.mayRecord(user.role(), payment))
                .orElse(false);
    }

    /**
     * Whether the signed-in user may refund it now (the service checks again): staff, a PAID payment, and for a
     * cancelled appointment (whose refund the policy decided) only an admin.
     */
    public boolean mayRefund(PaymentDetails payment, boolean appointmentCancelled) {
        return currentUser
                .find()
                .map(user -> PaymentPage.mayRefund(user.role(), payment, appointmentCancelled))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PaymentHistoryEntry> history(long appointmentId) {
        PaymentState state = requireVisible(appointmentId);
        return payments.history(state.paymentId(), clinic.timeZone());
    }

    /** The receipt as a PDF, for its patient, its doctor and admins; only once the payment has one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DocumentFile receipt(long appointmentId) {
        PaymentState state = requireVisible(appointmentId);
        if (state.receiptNumber() == null || state.transactionDate() == null || state.method() == null) {
            throw new NotFoundException(texts.get("payment.error.noReceipt"));
        }
        var document = document(
                Kind.RECEIPT,
                state.receiptNumber(),
                state.transactionDate(),
                state,
                Objects.requireNonNull(state.paidAmount()),
                state.method(),
                state.insurancePolicy(),
                null,
                null);
        return new DocumentFile(
                document.fileName(),
                ReceiptPdf.MEDIA_TYPE,
                ReceiptPdf.render(document, issuer(), CurrentLocale.language()));
    }

    /** The credit note of a refund as a PDF, for the same people as the receipt. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DocumentFile creditNote(long appointmentId) {
        PaymentState state = requireVisible(appointmentId);
        if (state.creditNoteNumber() == null || state.refundedAt() == null || state.method() == null) {
            throw new NotFoundException(texts.get("payment.error.noCreditNote"));
        }
        var document = document(
                Kind.CREDIT_NOTE,
                state.creditNoteNumber(),
                state.refundedAt(),
                state,
                Objects.requireNonNull(state.refundedAmount()),
                state.method(),
                state.insurancePolicy(),
                state.receiptNumber(),
                state.refundReason());
        return new DocumentFile(
                document.fileName(),
                ReceiptPdf.MEDIA_TYPE,
                ReceiptPdf.render(document, issuer(), CurrentLocale.language()));
    }

    /** All payments for admins, filtered and paged (and sorted by the grid's columns) in the database. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<PaymentRow> search(PaymentFilter filter, Pageable page) {
        return payments.rows(filter, page.getOffset(), page.getPageSize(), orderBy(page.getSort()), clinic.timeZone());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(PaymentFilter filter) {
        return payments.count(filter);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public PaymentTotals totals(PaymentFilter filter) {
        return payments.totals(filter);
    }

    /** The selection as CSV (every matching row, newest visit first), for admins. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public DocumentFile exportCsv(PaymentFilter filter) {
        List<PaymentRow> rows =
                payments.rows(filter, 0, Integer.MAX_VALUE, orderBy(Sort.unsorted()), clinic.timeZone());
        return new DocumentFile(
                "payments-" + LocalDate.now(clock.withZone(clinic.timeZone())) + ".csv",
                PaymentCsv.MEDIA_TYPE,
                PaymentCsv.write(rows, currency(), csvHeader()));
    }

    public String currency() {
        return properties.currency().getCurrencyCode();
    }

    /** The CSV's column names in the downloading person's language. */
    private List<String> csvHeader() {
        return PaymentCsv.COLUMNS.stream()
                .map(column -> texts.get("payment.csv." + column))
                .toList();
    }

    /** An amount as people read it in the current page's language: {@code €80.00}, {@code 80,00 €}. */
    public String format(BigDecimal amount) {
        return ReceiptPdf.money(amount, currency(), CurrentLocale.language());
    }

    // --- reactions to the appointment's life (called by PaymentOnAppointmentChanges, inside its transaction) ---

    /**
     * The appointment was cancelled: an unpaid fee is no longer due; a paid one is refunded in full when the
     * practice cancelled, or the patient cancelled at least the policy's notice before the start; otherwise it stays
     * paid (an admin may still grant a refund), and the history says why.
     */
    void appointmentCancelled(long appointmentId, boolean byPractice, long cancelledBy) {
        PaymentState state = payments.lock(appointmentId).orElse(null);
        if (state == null) {
            return;
        }
        // The appointment is already cancelled in this transaction; before, it was live (only a live one cancels).
        Visit cancelled = payments.lockVisit(appointmentId);
        payments.addRevenue(appointmentId, cancelled.live(), -1);
        settleCancelled(state, byPractice, cancelledBy);
        payments.addRevenue(appointmentId, cancelled, 1);
    }

    private void settleCancelled(PaymentState state, boolean byPractice, long cancelledBy) {
        Instant now = clock.instant();
        if (state.status().isUnpaid()) {
            settleAsNotDue(state, now, cancelledBy, texts.get("payment.history.notOwed"));
        } else if (state.status() == PaymentStatus.PAID) {
            LocalDateTime startsAt = state.visitDate().atTime(state.visitStart());
            RefundPolicy.Decision decision = policy.onCancellation(
                    byPractice,
                    startsAt,
                    LocalDateTime.ofInstant(now, clinic.timeZone()),
                    languages.ofUser(state.patientUserId()));
            if (decision.refund()) {
                doRefund(state, Objects.requireNonNull(state.paidAmount()), decision.reason(), cancelledBy);
            } else {
                payments.addHistory(
                        state.paymentId(),
                        now,
                        cancelledBy,
                        state.status(),
                        state.status(),
                        null,
                        state.method(),
                        decision.reason());
            }
        }
    }

    /** The visit ended as a no-show: an unpaid fee is no longer due. */
    void appointmentNoShow(long appointmentId, long recordedBy) {
        payments.lock(appointmentId).filter(state -> state.status().isUnpaid()).ifPresent(state -> {
            Visit visit = payments.lockVisit(appointmentId);
            payments.addRevenue(appointmentId, visit, -1);
            settleAsNotDue(state, clock.instant(), recordedBy, "No-show: nothing is owed");
            payments.addRevenue(appointmentId, visit, 1);
        });
    }

    /**
     * The appointment moved from {@code oldDate} (already changed in this transaction): its payment's amounts move
     * from that day's revenue to the new day's.
     */
    void appointmentMoved(long appointmentId, LocalDate oldDate) {
        if (payments.lockPayment(appointmentId)) {
            Visit moved = payments.lockVisit(appointmentId);
            payments.addRevenue(appointmentId, -1, moved.on(oldDate), moved);
        }
    }

    /** The PENDING payment every booking owes, in the booking's own transaction, counted in its day's revenue. */
    void open(long appointmentId, BigDecimal fee, LocalDate visitDate, long doctorId) {
        BigDecimal amount = cents(fee);
        payments.open(appointmentId, amount);
        payments.addOpenedRevenue(new Visit(visitDate, doctorId, false), amount);
    }

    /**
     * Locks the appointment (shared) and then its payment, the order in which the appointment's own changes take
     * them, for a change of the payment that moves its day's revenue; returns the appointment's day and doctor.
     */
    private Visit lockForRevenue(long appointmentId) {
        Visit visit = payments.lockVisit(appointmentId);
        payments.lockPayment(appointmentId);
        return visit;
    }

    private void settleAsNotDue(PaymentState state, Instant now, long byUserId, String note) {
        if (payments.markNotDue(state.paymentId())) {
            payments.addHistory(
                    state.paymentId(), now, byUserId, state.status(), PaymentStatus.NOT_DUE, null, null, note);
        }
    }

    private void doRefund(PaymentState state, BigDecimal amount, String reason, long byUserId) {
        Instant now = clock.instant();
        if (!payments.markRefunded(state.paymentId(), amount, reason, now, byUserId)) {
            throw lostRace(state.appointmentId(), JUST_REFUNDED);
        }
        String creditNote = numbers.next(Kind.CREDIT_NOTE, yearOf(now));
        payments.setCreditNoteNumber(state.paymentId(), creditNote);
        payments.addHistory(
                state.paymentId(),
                now,
                byUserId,
                PaymentStatus.PAID,
                PaymentStatus.REFUNDED,
                amount,
                state.method(),
                texts.get("payment.history.refunded", reason, creditNote));
        events.publishEvent(new PaymentRefunded(
                document(
                        Kind.CREDIT_NOTE,
                        creditNote,
                        now,
                        state,
                        amount,
                        Objects.requireNonNull(state.method()),
                        state.insurancePolicy(),
                        state.receiptNumber(),
                        reason),
                state.patientUserId()));
    }

    private void requirePayable(PaymentState state) {
        if (state.appointmentCancelled()) {
            throw new InvalidInputException(PAYMENT, texts.get("payment.error.cancelled"));
        }
        if (state.appointmentNoShow() || state.status() == PaymentStatus.NOT_DUE) {
            throw new InvalidInputException(PAYMENT, texts.get("payment.error.notOwed"));
        }
        if (!state.status().isUnpaid()) {
            throw new InvalidInputException(PAYMENT, texts.get("payment.error.alreadyPaid"));
        }
    }

    private void requireRefundable(PaymentState state, PraxisUser user) {
        if (state.status() == PaymentStatus.REFUNDED) {
            throw new InvalidInputException(PAYMENT, texts.get("payment.error.alreadyRefunded"));
        }
        if (state.status() != PaymentStatus.PAID) {
            throw new InvalidInputException(PAYMENT, texts.get("payment.error.nothingPaid"));
        }
        if (state.appointmentCancelled() && !user.hasRole(Roles.ADMIN)) {
            throw new InvalidInputException(PAYMENT, texts.get("payment.error.adminOnly"));
        }
    }

    /**
     * Rounded half-even to cents; more than zero and at most {@code most}, else a message under AMOUNT
     * ({@code whenMissing}, {@code whenOver}: the keys of the messages).
     */
    private BigDecimal checkAmount(
            @Nullable BigDecimal amount,
            BigDecimal most,
            String whenMissing,
            String whenOver,
            Map<String, String> errors) {
        if (amount == null) {
            errors.put(AMOUNT, texts.get(whenMissing));
            return BigDecimal.ZERO;
        }
        BigDecimal rounded = cents(amount);
        if (rounded.signum() <= 0) {
            errors.put(AMOUNT, texts.get("payment.error.amount.zero"));
        } else if (rounded.compareTo(most) > 0) {
            errors.put(AMOUNT, texts.get(whenOver, format(most)));
        }
        return rounded;
    }

    private @Nullable String checkText(
            @Nullable String text, String field, String whenMissing, int max, Map<String, String> errors) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            errors.put(field, whenMissing);
            return null;
        }
        if (stripped.length() > max) {
            errors.put(field, texts.get("payment.error.tooLong", max));
            return null;
        }
        Optional<String> problem = FreeText.problem(stripped, texts.get("payment.text.subject"));
        if (problem.isPresent()) {
            errors.put(field, problem.get());
            return null;
        }
        return stripped;
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The loser of a race is told what happened meanwhile (the other's payment or refund, or a cancellation); the
     * exception rolls back anything this transaction wrote.
     */
    private InvalidInputException lostRace(long appointmentId, String messageKey) {
        PaymentStatus now =
                payments.lock(appointmentId).map(PaymentState::status).orElse(PaymentStatus.PENDING);
        if (now == PaymentStatus.NOT_DUE) {
            return new InvalidInputException(PAYMENT, texts.get("payment.error.justCancelled"));
        }
        return new InvalidInputException(PAYMENT, texts.get(messageKey));
    }

    private PaymentDocument document(
            Kind kind,
            String number,
            Instant issued,
            PaymentState state,
            BigDecimal amount,
            PaymentMethod method,
            @Nullable String insurancePolicy,
            @Nullable String receiptNumber,
            @Nullable String refundReason) {
        return new PaymentDocument(
                kind,
                number,
                LocalDate.ofInstant(issued, clinic.timeZone()),
                state.appointmentId(),
                state.patientName(),
                state.patientEmail(),
                "Dr. " + state.doctorName(),
                state.visitDate(),
                state.visitStart(),
                state.visitEnd(),
                state.visitReason(),
                amount,
                method,
                insurancePolicy,
                receiptNumber,
                refundReason,
                currency());
    }

    ReceiptPdf.Issuer issuer() {
        return new ReceiptPdf.Issuer(clinic.name(), properties.clinicAddress(), properties.vatNote());
    }

    private int yearOf(Instant instant) {
        return LocalDate.ofInstant(instant, clinic.timeZone()).getYear();
    }

    private PaymentDetails details(PaymentState state) {
        return new PaymentDetails(
                state.paymentId(),
                state.appointmentId(),
                state.fee(),
                state.paidAmount(),
                state.method(),
                state.status(),
                local(state.transactionDate()),
                state.insurancePolicy(),
                state.receiptNumber(),
                state.refundedAmount(),
                local(state.refundedAt()),
                state.refundReason(),
                state.creditNoteNumber(),
                currency());
    }

    private @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clinic.timeZone());
    }

    private PaymentState requireVisible(long appointmentId) {
        PraxisUser user = currentUser.require();
        return payments.find(appointmentId)
                .filter(state -> mayView(user, state))
                .orElseThrow(() -> new NotFoundException(texts.get("payment.error.notFound")));
    }

    private PaymentState requireStaffAccess(long appointmentId) {
        PraxisUser user = currentUser.require();
        return payments.find(appointmentId)
                .filter(state -> user.hasRole(Roles.ADMIN)
                        || (user.hasRole(Roles.DOCTOR) && state.doctorUserId() == user.userId()))
                .orElseThrow(() -> new NotFoundException(texts.get("payment.error.notFound")));
    }

    private static boolean mayView(PraxisUser user, PaymentState state) {
        return switch (user.role()) {
            case Roles.ADMIN -> true;
            case Roles.DOCTOR -> state.doctorUserId() == user.userId();
            case Roles.PATIENT -> state.patientUserId() == user.userId();
            default -> false;
        };
    }

    /** The grid's sort orders as SQL, from a fixed list of columns (never the client's text). */
    private static String orderBy(Sort sort) {
        Map<String, String> columns = Map.of(
                "visit", "a.appointment_date %1$s, a.start_time %1$s",
                "doctor", "doctor_name %s",
                "patient", "patient_name %s",
                "status", "p.payment_status %s",
                "method", "p.payment_method %s",
                "amount", "p.amount %s",
                "paidAt", "p.transaction_date %s",
                "receipt", "p.receipt_number %s");
        String order = sort.stream()
                .filter(o -> columns.containsKey(o.getProperty()))
                .map(o -> columns.get(o.getProperty()).formatted(o.isAscending() ? "ASC" : "DESC"))
                .collect(Collectors.joining(", "));
        return order.isEmpty() ? "a.appointment_date DESC, a.start_time DESC" : order;
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
