package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Every transition of a payment, each refusal (nothing changed), and who may see and do what. */
@IntegrationTest
class PaymentServiceTest {

    private static final BigDecimal FEE = BookingFixture.FEE;

    @Autowired
    PaymentService payments;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paid;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;
    long admin;

    @BeforeEach
    void setUp() {
        String family = "Pay" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        admin = paid.admin();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDoctorRecordsACashPaymentAtTheClocksTimeWithAReceiptNumberAndAHistoryRow() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThat(payments.draft(appointment).fee()).isEqualByComparingTo(FEE);
        PaymentDetails payment =
                payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, new BigDecimal("80"), null));

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.method()).isEqualTo(PaymentMethod.CASH);
        assertThat(payment.paidAmount()).isEqualByComparingTo("80.00");
        assertThat(payment.paidAt()).isEqualTo(LocalDateTime.now(clock).withNano(0));
        assertThat(payment.receiptNumber()).matches(LocalDateTime.now(clock).getYear() + "-\\d{6}");
        assertThat(payment.currency()).isEqualTo("EUR");
        assertThat(payments.history(appointment)).singleElement().satisfies(entry -> {
            assertThat(entry.oldStatus()).isEqualTo(PaymentStatus.PENDING);
            assertThat(entry.newStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(entry.changedBy()).isEqualTo(doctor.fullName());
            assertThat(entry.amount()).isEqualByComparingTo("80.00");
            assertThat(entry.changedAt()).isEqualTo(LocalDateTime.now(clock).withNano(0));
        });
    }

    @Test
    void anInsurancePaymentTakesThePolicyNumberPrefilledFromThePatientsRecord() {
        paid.setInsurance(patient, "AOK 123456789");
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(admin, Roles.ADMIN);

        PaymentDraft draft = payments.draft(appointment);
        assertThat(draft.policyNumber()).isEqualTo("AOK 123456789");
        assertThatThrownBy(() ->
                        payments.recordPayment(appointment, new NewPayment(PaymentMethod.INSURANCE, draft.fee(), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(PaymentService.POLICY_NUMBER));
        PaymentDetails payment = payments.recordPayment(
                appointment, new NewPayment(PaymentMethod.INSURANCE, draft.fee(), draft.policyNumber()));

        assertThat(payment.insurancePolicy()).isEqualTo("AOK 123456789");
        assertThat(payment.method()).isEqualTo(PaymentMethod.INSURANCE);
    }

    @Test
    void aDeclinedCardIsRecordedAsFailedAndCanBePaidLater() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThat(payments.recordDeclinedCard(appointment).status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payments.payment(appointment).receiptNumber()).isNull();
        PaymentDetails later = payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, FEE, null));

        assertThat(later.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payments.history(appointment))
                .extracting(PaymentHistoryEntry::newStatus)
                .containsExactly(PaymentStatus.FAILED, PaymentStatus.PAID);
    }

    @Test
    void receiptNumbersCountPerYearAndStartAgainAtOneInTheNextYear() {
        long december = paid.booked(doctor, patient, 2);
        long january = paid.booked(doctor, patient, 3);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        // 2036 is a year no other test (nor any sensible -Dpraxis.test.now) issues documents in, so its numbers are
        // this test's alone.
        clock.setTo(LocalDateTime.of(2036, 12, 31, 23, 59));
        String last = payments.recordPayment(december, new NewPayment(PaymentMethod.CASH, FEE, null))
                .receiptNumber();
        clock.setTo(LocalDateTime.of(2037, 1, 1, 0, 1));
        String first = payments.recordPayment(january, new NewPayment(PaymentMethod.CASH, FEE, null))
                .receiptNumber();

        assertThat(last).isEqualTo("2036-000001");
        assertThat(first).isEqualTo("2037-000001");
    }

    @Test
    void amountsAreRoundedHalfEvenToCents() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        PaymentDetails payment =
                payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, new BigDecimal("50.125"), null));

        assertThat(payment.paidAmount()).isEqualTo(new BigDecimal("50.12"));
        assertThat(PaymentService.cents(new BigDecimal("50.135"))).isEqualTo(new BigDecimal("50.14"));
    }

    @Test
    void badAmountsAndAMissingMethodAreRefusedFieldByFieldAndNothingChanges() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThat(refusal(() -> payments.recordPayment(appointment, new NewPayment(null, new BigDecimal("-5"), null))))
                .containsEntry(PaymentService.METHOD, "Choose how the patient paid.")
                .containsEntry(PaymentService.AMOUNT, "The amount must be more than zero.");
        assertThat(refusal(() -> payments.recordPayment(
                        appointment, new NewPayment(PaymentMethod.CASH, new BigDecimal("80.01"), null))))
                .containsOnlyKeys(PaymentService.AMOUNT)
                .hasEntrySatisfying(PaymentService.AMOUNT, m -> assertThat(m).contains("more than the fee", "€80.00"));
        assertThat(refusal(() -> payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, null, null))))
                .containsEntry(PaymentService.AMOUNT, "Enter the amount paid.");

        assertThat(paid.status(appointment)).isEqualTo("PENDING");
        assertThat(paid.historyRows(appointment)).isZero();
    }

    @Test
    void payingTwiceIsRefusedWithoutASecondReceipt() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        String receipt = payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, FEE, null))
                .receiptNumber();

        assertThat(refusal(() -> payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, FEE, null))))
                .containsEntry(PaymentService.PAYMENT, "This appointment is already paid.");
        assertThat(refusal(() -> payments.recordDeclinedCard(appointment)))
                .containsEntry(PaymentService.PAYMENT, "This appointment is already paid.");
        assertThat(paid.column(appointment, "receipt_number")).isEqualTo(receipt);
        assertThat(paid.historyRows(appointment)).isOne();
    }

    @Test
    void aPartialRefundKeepsTheRefundedAmountWhoWhenAndWhyWithACreditNote() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, FEE, null));
        clock.advance(Duration.ofMinutes(30));

        PaymentDetails refunded =
                payments.refund(appointment, new RefundRequest(new BigDecimal("30"), "Shorter consultation"));

        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.refundedAmount()).isEqualByComparingTo("30.00");
        assertThat(refunded.paidAmount()).isEqualByComparingTo("80.00");
        assertThat(refunded.refundReason()).isEqualTo("Shorter consultation");
        assertThat(refunded.refundedAt()).isEqualTo(LocalDateTime.now(clock).withNano(0));
        assertThat(refunded.creditNoteNumber()).matches("CN-\\d{4}-\\d{6}");
        assertThat(paid.column(appointment, "refunded_by")).isEqualTo(String.valueOf(doctor.userId()));
        assertThat(payments.history(appointment))
                .extracting(PaymentHistoryEntry::newStatus)
                .containsExactly(PaymentStatus.PAID, PaymentStatus.REFUNDED);
    }

    @Test
    void refundsOverWhatWasPaidOfUnpaidOrAlreadyRefundedPaymentsAreRefused() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThat(refusal(() -> payments.refund(appointment, new RefundRequest(FEE, "Mistake"))))
                .containsEntry(
                        PaymentService.PAYMENT,
                        "Nothing has been paid for this appointment, so nothing can be refunded.");
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, new BigDecimal("60"), null));
        assertThat(refusal(() -> payments.refund(appointment, new RefundRequest(new BigDecimal("60.01"), " "))))
                .hasEntrySatisfying(PaymentService.AMOUNT, m -> assertThat(m).contains("more than was paid", "€60.00"))
                .containsEntry(PaymentService.REASON, "Say briefly why the money is refunded.");
        assertThat(paid.status(appointment)).isEqualTo("PAID");
        payments.refund(appointment, new RefundRequest(new BigDecimal("60"), "Mistake"));
        assertThat(refusal(() -> payments.refund(appointment, new RefundRequest(BigDecimal.ONE, "Again"))))
                .containsEntry(PaymentService.PAYMENT, "This payment has already been refunded.");
        assertThat(paid.historyRows(appointment)).isEqualTo(2);
    }

    @Test
    void anUnpaidAppointmentThatIsCancelledIsNotDueAndCannotBePaid() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Feeling better");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThat(payments.payment(appointment).status()).isEqualTo(PaymentStatus.NOT_DUE);
        assertThat(refusal(() -> payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, FEE, null))))
                .containsEntry(
                        PaymentService.PAYMENT, "This appointment was cancelled, so there is nothing to pay for it.");
        assertThat(payments.history(appointment)).singleElement().satisfies(entry -> {
            assertThat(entry.newStatus()).isEqualTo(PaymentStatus.NOT_DUE);
            assertThat(entry.changedBy()).isEqualTo("Pat " + patient.fullName().substring(4));
        });
    }

    @Test
    void anUnpaidNoShowIsNotDueButAPaidCompletedVisitStaysPaid() {
        long noShow = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        long completed = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 2);
        openPayment(noShow);
        openPayment(completed);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(completed, new NewPayment(PaymentMethod.CARD, FEE, null));

        appointments.recordOutcome(noShow, AppointmentStatus.NO_SHOW);
        appointments.recordOutcome(completed, AppointmentStatus.COMPLETED);

        assertThat(paid.status(noShow)).isEqualTo("NOT_DUE");
        assertThat(paid.status(completed)).isEqualTo("PAID");
        assertThat(refusal(() -> payments.recordPayment(noShow, new NewPayment(PaymentMethod.CASH, FEE, null))))
                .containsEntry(PaymentService.PAYMENT, "Nothing is owed for this appointment.");
    }

    @Test
    void aPaidAppointmentThePracticeCancelsIsRefundedInFull() {
        long appointment = paid.booked(doctor, patient, 1);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, FEE, null));

        booking.cancel(appointment, "I am ill, sorry.");

        PaymentDetails payment = payments.payment(appointment);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundedAmount()).isEqualByComparingTo(FEE);
        assertThat(payment.refundReason()).isEqualTo("Cancelled by the practice");
        assertThat(payment.creditNoteNumber()).isNotNull();
    }

    @Test
    void aPatientWhoCancelsAtLeast24HoursAheadIsRefundedInFull() {
        long appointment = paid.booked(doctor, patient, 3);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, FEE, null));
        SignIn.as(patient.userId(), Roles.PATIENT);

        booking.cancel(appointment, "Holiday");

        PaymentDetails payment = payments.payment(appointment);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundedAmount()).isEqualByComparingTo(FEE);
        assertThat(payment.refundReason()).startsWith("Cancelled by the patient at least 24 h");
    }

    @Test
    void aLateCancellationByThePatientIsNotRefundedUnlessAnAdminGrantsIt() {
        LocalDateTime start =
                fixture.now().plusHours(5).withMinute(0).withSecond(0).withNano(0);
        long appointment = paid.bookedAt(doctor, patient, start);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, FEE, null));
        SignIn.as(patient.userId(), Roles.PATIENT);

        booking.cancel(appointment, "Overslept");

        assertThat(paid.status(appointment)).isEqualTo("PAID");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        PaymentDetails stillPaid = payments.payment(appointment);
        assertThat(payments.mayRefund(stillPaid, true)).isFalse();
        assertThat(payments.paymentPage(List.of(appointment)).mayRefund(stillPaid, true))
                .isFalse();
        assertThat(refusal(() -> payments.refund(appointment, new RefundRequest(FEE, "Kindness"))))
                .containsEntry(
                        PaymentService.PAYMENT,
                        "The refund policy gives no refund for this cancellation; only an admin can grant one.");
        assertThat(payments.history(appointment)).last().satisfies(entry -> assertThat(entry.note())
                .contains("less than 24 h"));

        SignIn.as(admin, Roles.ADMIN);
        assertThat(payments.mayRefund(stillPaid, true)).isTrue();
        assertThat(payments.paymentPage(List.of(appointment)).mayRefund(stillPaid, true))
                .isTrue();
        PaymentDetails granted = payments.refund(appointment, new RefundRequest(new BigDecimal("40"), "Goodwill"));
        assertThat(granted.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(granted.refundedAmount()).isEqualByComparingTo("40.00");
    }

    /**
     * A page's payments in one call (issue 18: round trips): the same rows as {@code payments}, the same amounts as
     * {@code format} and the same buttons as {@code mayRecord}/{@code mayRefund}, for each caller.
     */
    @Test
    void aPagesPaymentsComeWithTheAmountsAndButtonsTheServiceGivesEachCaller() {
        long unpaid = paid.booked(doctor, patient, 2);
        long settled = paid.booked(doctor, patient, 3);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(settled, new NewPayment(PaymentMethod.CASH, FEE, null));
        var ids = List.of(unpaid, settled);
        PatientSummary stranger = fixture.quickPatient("Stranger");
        var callers = List.of(
                SignIn.as(patient.userId(), Roles.PATIENT),
                SignIn.as(doctor.userId(), Roles.DOCTOR),
                SignIn.as(admin, Roles.ADMIN),
                SignIn.as(stranger.userId(), Roles.PATIENT));
        var buttons = new ArrayList<String>();
        for (var caller : callers) {
            SignIn.as(caller.userId(), caller.role());
            PaymentPage page = payments.paymentPage(ids);
            assertThat(page.byAppointment()).isEqualTo(payments.payments(ids));
            for (PaymentDetails payment : page.byAppointment().values()) {
                assertThat(page.format(payment.fee())).isEqualTo(payments.format(payment.fee()));
                for (boolean cancelled : new boolean[] {false, true}) {
                    assertThat(page.mayRefund(payment, cancelled)).isEqualTo(payments.mayRefund(payment, cancelled));
                }
                assertThat(page.mayRecord(payment)).isEqualTo(payments.mayRecord(payment));
                buttons.add(caller.role() + " " + payment.status() + " record " + page.mayRecord(payment) + " refund "
                        + page.mayRefund(payment, false));
            }
        }
        assertThat(buttons)
                .containsExactlyInAnyOrder(
                        "PATIENT PENDING record false refund false",
                        "PATIENT PAID record false refund false",
                        "DOCTOR PENDING record true refund false",
                        "DOCTOR PAID record false refund true",
                        "ADMIN PENDING record true refund false",
                        "ADMIN PAID record false refund true");
        SignIn.as(stranger.userId(), Roles.PATIENT);
        assertThat(payments.paymentPage(ids).byAppointment()).isEmpty();
        SignIn.out();
        assertThatThrownBy(() -> payments.paymentPage(ids))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void onlyStaffRecordAndRefundAndEachSeesOnlyTheirOwnPayments() {
        long appointment = paid.booked(doctor, patient, 2);
        PatientSummary stranger = fixture.quickPatient("Stranger");
        DoctorSummary colleague =
                fixture.doctor("Colleague" + UUID.randomUUID().toString().substring(0, 6));

        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThat(payments.payment(appointment).status()).isEqualTo(PaymentStatus.PENDING);
        assertThatThrownBy(() -> payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, FEE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payments.refund(appointment, new RefundRequest(FEE, "Please")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> payments.search(PaymentFilter.none(), org.springframework.data.domain.Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(stranger.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> payments.payment(appointment)).isInstanceOf(NotFoundException.class);
        assertThat(payments.payments(java.util.List.of(appointment))).isEmpty();

        SignIn.as(colleague.userId(), Roles.DOCTOR);
        assertThatThrownBy(() -> payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, FEE, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(paid.status(appointment)).isEqualTo("PENDING");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, FEE, null));
        SignIn.as(stranger.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> payments.receipt(appointment)).isInstanceOf(NotFoundException.class);
        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThat(payments.receipt(appointment).content()).startsWith("%PDF".getBytes());
    }

    @Test
    void anAdminFiltersPaymentsAndGetsTotalsPerStatusAndMethod() {
        long cash = paid.booked(doctor, patient, 2);
        long card = paid.booked(doctor, patient, 3);
        long open = paid.booked(doctor, patient, 4);
        SignIn.as(admin, Roles.ADMIN);
        payments.recordPayment(cash, new NewPayment(PaymentMethod.CASH, new BigDecimal("70"), null));
        payments.recordPayment(card, new NewPayment(PaymentMethod.CARD, FEE, null));
        payments.refund(card, new RefundRequest(new BigDecimal("20"), "Discount"));
        var mine = new PaymentFilter(null, null, doctor.doctorId(), null, null);

        assertThat(payments.count(mine)).isEqualTo(3);
        assertThat(payments.count(
                        new PaymentFilter(PaymentStatus.PAID, PaymentMethod.CASH, doctor.doctorId(), null, null)))
                .isOne();
        assertThat(payments.count(new PaymentFilter(
                        null,
                        null,
                        doctor.doctorId(),
                        fixture.today().plusDays(3),
                        fixture.today().plusDays(4))))
                .isEqualTo(2);
        PaymentTotals totals = payments.totals(mine);
        assertThat(totals.byStatus().get(PaymentStatus.PENDING).count()).isOne();
        assertThat(totals.byStatus().get(PaymentStatus.PAID).fees()).isEqualByComparingTo(FEE);
        assertThat(totals.byMethod().get(PaymentMethod.CASH).paid()).isEqualByComparingTo("70.00");
        assertThat(totals.byMethod().get(PaymentMethod.CARD).net()).isEqualByComparingTo("60.00");
        assertThat(payments.search(
                        mine,
                        org.springframework.data.domain.PageRequest.of(
                                0,
                                10,
                                org.springframework.data.domain.Sort.by("visit").ascending())))
                .extracting(PaymentRow::appointmentId)
                .containsExactly(cash, card, open);
        assertThat(open).isPositive();
    }

    private void openPayment(long appointmentId) {
        jdbc.sql("INSERT INTO payments (appointment_id, amount) VALUES (?, ?)")
                .params(appointmentId, FEE)
                .update();
    }

    private static Map<String, String> refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("Expected a refusal");
    }
}
