package app.praxis.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.ui.CardsOnScreen;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.NewPayment;
import app.praxis.payment.PaymentFixture;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentRow;
import app.praxis.payment.PaymentService;
import app.praxis.payment.PaymentStatus;
import app.praxis.payment.RefundRequest;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * Payment on the screens: the patient's card (amount, status, how to pay, how it was paid, receipt), the doctor's
 * "Record payment" and "Refund" on their agenda, and the admins' payments grid with filters and totals.
 */
@IntegrationTest
class PaymentViewsTest extends SpringBrowserlessTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Autowired
    PaymentService payments;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paid;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        family = "PayView" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientSeesTheAmountAndHowToPayThenHowItWasPaidWithAReceiptButNoStaffButtons() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(patient.userId(), Roles.PATIENT);
        navigate("appointments", Component.class);

        assertThat(CardsOnScreen.parts("payment-section"))
                .singleElement()
                .asString()
                .contains("Payment: Pending · €80.00", "How to pay: at the practice");
        assertThat(CardsOnScreen.buttons("record-payment")).isEmpty();
        assertThat(CardsOnScreen.buttons("refund")).isEmpty();
        assertThat(CardsOnScreen.downloads("receipt-link")).isEmpty();

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null));
        SignIn.as(patient.userId(), Roles.PATIENT);
        navigate("appointments", Component.class);

        assertThat(CardsOnScreen.parts("payment-section"))
                .singleElement()
                .asString()
                .contains("Payment: Paid · €80.00", "Paid by card on " + WHEN.format(fixture.now()));
        String receiptNumber = payments.payment(appointment).receiptNumber();
        assertThat(CardsOnScreen.downloads("receipt-link"))
                .singleElement()
                .asString()
                .startsWith("Receipt " + receiptNumber);
        var receipt = CardsOnScreen.download("receipt-link").orElseThrow();
        assertThat(receipt.mediaType()).isEqualTo("application/pdf");
        assertThat(receipt.fileName()).contains(receiptNumber);
        assertThat(CardsOnScreen.buttons("record-payment")).isEmpty();
        assertThat(CardsOnScreen.buttons("refund")).isEmpty();
    }

    @Test
    void theDoctorRecordsACardPaymentFromTheAgendaAfterATooHighAmountIsRefusedNextToItsField() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        navigate("doctor/appointments", Component.class);

        test(find(Button.class).withClassName("record-payment").single()).click();
        RecordPaymentDialog dialog = find(RecordPaymentDialog.class).single();
        assertThat(dialog.amount.getValue()).isEqualByComparingTo(BookingFixture.FEE);
        dialog.method.setValue(PaymentMethod.CARD);
        dialog.amount.setValue(new BigDecimal("100"));
        test(dialog.confirm).click();

        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).contains("cannot be more than the fee");
        assertThat(paid.status(appointment)).isEqualTo("PENDING");

        dialog.amount.setValue(BookingFixture.FEE);
        test(dialog.confirm).click();

        assertThat(paid.status(appointment)).isEqualTo("PAID");
        PaymentPanel panel = find(PaymentPanel.class).single();
        assertThat(panel.getElement().getAttribute("data-payment-status")).isEqualTo("PAID");
        assertThat(find(Anchor.class).from(panel).withClassName("receipt-link").all())
                .hasSize(1);
        assertThat(find(Button.class).from(panel).withClassName("refund").all()).hasSize(1);
    }

    @Test
    void anInsurancePaymentAsksForThePolicyNumberPrefilledFromThePatientsRecord() {
        paid.setInsurance(patient, "TK 9876");
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        navigate("doctor/appointments", Component.class);

        test(find(Button.class).withClassName("record-payment").single()).click();
        RecordPaymentDialog dialog = find(RecordPaymentDialog.class).single();
        assertThat(dialog.policyNumber.isVisible()).isFalse();
        dialog.method.setValue(PaymentMethod.INSURANCE);
        assertThat(dialog.policyNumber.isVisible()).isTrue();
        assertThat(dialog.policyNumber.getValue()).isEqualTo("TK 9876");
        test(dialog.confirm).click();

        assertThat(paid.column(appointment, "insurance_policy")).isEqualTo("TK 9876");
    }

    @Test
    void theDoctorRefundsPartOfAPaymentAndTheCardShowsTheCreditNote() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CASH, BookingFixture.FEE, null));
        navigate("doctor/appointments", Component.class);

        test(find(Button.class).withClassName("refund").single()).click();
        RefundDialog dialog = find(RefundDialog.class).single();
        dialog.amount.setValue(new BigDecimal("25"));
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(paid.status(appointment)).isEqualTo("PAID");

        dialog.reason.setValue("Shorter visit");
        test(dialog.confirm).click();

        assertThat(paid.status(appointment)).isEqualTo("REFUNDED");
        PaymentPanel panel = find(PaymentPanel.class).single();
        assertThat(text(panel)).contains("Refunded €25.00", "Shorter visit");
        assertThat(find(Anchor.class)
                        .from(panel)
                        .withClassName("credit-note-link")
                        .all())
                .hasSize(1);
    }

    @Test
    void anAdminFiltersThePaymentsGridSortsItAndSeesTotalsForTheSelection() {
        long cash = paid.booked(doctor, patient, 2);
        long card = paid.booked(doctor, patient, 3);
        paid.booked(doctor, patient, 4);
        long admin = paid.admin();
        SignIn.as(admin, Roles.ADMIN);
        payments.recordPayment(cash, new NewPayment(PaymentMethod.CASH, new BigDecimal("70"), null));
        payments.recordPayment(card, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null));
        payments.refund(card, new RefundRequest(new BigDecimal("10"), "Discount"));
        PaymentsView view = AopTestUtils.getUltimateTargetObject(navigate(PaymentsView.class));

        view.doctor.setValue(view.doctor
                .getListDataView()
                .getItems()
                .filter(d -> d.doctorId() == doctor.doctorId())
                .findFirst()
                .orElseThrow());

        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(3);
        assertThat(text(view.totals))
                .contains("Pending: 1 (€80.00)", "Paid: 1 (€80.00)", "Refunded: 1 (€80.00)")
                .contains("Cash: €70.00 net", "Card: €70.00 net", "Total €140.00");
        List<PaymentRow> byVisit = view.grid
                .getDataProvider()
                .fetch(new Query<>(
                        0,
                        10,
                        List.of(new QuerySortOrder("visit", com.vaadin.flow.data.provider.SortDirection.DESCENDING)),
                        null,
                        null))
                .toList();
        assertThat(byVisit).first().extracting(PaymentRow::status).isEqualTo(PaymentStatus.PENDING);
        assertThat(byVisit).last().extracting(PaymentRow::appointmentId).isEqualTo(cash);

        view.method.setValue(PaymentMethod.CARD);
        assertThat(view.grid.getDataProvider().size(new Query<>())).isOne();
        assertThat(text(view.totals)).contains("Refunded: 1").doesNotContain("Pending");
        assertThat(new String(payments.exportCsv(view.filter()).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("REFUNDED,CARD,80.00,80.00,10.00")
                .doesNotContain("CASH");
    }

    /** What a person reads (money is written with a no-break space before the currency sign). */
    private static String text(Component component) {
        return component.getElement().getTextRecursively().replace('\u00a0', ' ');
    }
}
