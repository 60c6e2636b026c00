package app.praxis.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.ui.CardsOnScreen;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.NewPayment;
import app.praxis.payment.PaymentFixture;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentService;
import app.praxis.payment.RefundRequest;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** Payment's screens in German: words, German dates and amounts ("80,00 €"), the CSV's header and refusals. */
@IntegrationTest
class PaymentViewsGermanTest extends SpringBrowserlessTest {

    @Autowired
    PaymentService payments;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paid;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        String family = "Zahlung" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        UI.getCurrent().setLocale(Locale.GERMANY);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientReadsTheirPaymentInGerman() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(patient.userId(), Roles.PATIENT);
        navigate("appointments", Component.class);

        assertThat(CardsOnScreen.parts("payment-section"))
                .singleElement()
                .extracting(PaymentViewsGermanTest::readable)
                .asString()
                .contains("Zahlung: Offen · 80,00 €", "So bezahlen Sie: in der Praxis");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null));
        SignIn.as(patient.userId(), Roles.PATIENT);
        navigate("appointments", Component.class);

        assertThat(CardsOnScreen.parts("payment-section"))
                .singleElement()
                .extracting(PaymentViewsGermanTest::readable)
                .asString()
                .contains(
                        "Zahlung: Bezahlt · 80,00 €",
                        "Mit Karte bezahlt am " + Formats.of(Language.GERMAN).when(fixture.now()));
        assertThat(CardsOnScreen.downloads("receipt-link"))
                .containsExactly("Quittung " + payments.payment(appointment).receiptNumber() + " (PDF)");
    }

    @Test
    void anAdminSeesThePaymentsGridItsTotalsAndTheCsvInGerman() {
        long cash = paid.booked(doctor, patient, 2);
        long card = paid.booked(doctor, patient, 3);
        SignIn.as(paid.admin(), Roles.ADMIN);
        payments.recordPayment(cash, new NewPayment(PaymentMethod.CASH, new BigDecimal("70.5"), null));
        payments.recordPayment(card, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null));
        payments.refund(card, new RefundRequest(new BigDecimal("10"), "Rabatt"));
        PaymentsView view = AopTestUtils.getUltimateTargetObject(navigate(PaymentsView.class));
        view.doctor.setValue(view.doctor
                .getListDataView()
                .getItems()
                .filter(d -> d.doctorId() == doctor.doctorId())
                .findFirst()
                .orElseThrow());

        assertThat(view.getPageTitle()).isEqualTo("Zahlungen · Praxis");
        assertThat(view.grid.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .startsWith("Besuch", "Arzt", "Patient", "Status", "Zahlungsart", "Honorar");
        assertThat(text(view.totals))
                .contains("Nach Status — ", "Bezahlt: 1 (80,00 €)", "Erstattet: 1 (80,00 €)")
                .contains("Bar: 70,50 € netto", "Karte: 70,00 € netto", "Gesamt 140,50 €");
        assertThat(new String(payments.exportCsv(view.filter()).content(), StandardCharsets.UTF_8))
                .as("headers in the page's language, values as data")
                .startsWith("\uFEFFZahlung,Termin,Besuchsdatum,Besuchszeit,Arzt,Patient,Status,Zahlungsart")
                .contains("REFUNDED,CARD,80.00,80.00,10.00");
    }

    @Test
    void aRefusedRefundIsExplainedInGermanNextToItsField() {
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null));
        navigate("doctor/appointments", Component.class);
        test(find(Button.class).withClassName("refund").single()).click();
        RefundDialog dialog = find(RefundDialog.class).single();

        assertThat(dialog.getHeaderTitle()).isEqualTo("Erstatten");
        dialog.amount.setValue(new BigDecimal("100"));
        test(dialog.confirm).click();

        assertThat(dialog.amount.getErrorMessage())
                .isEqualTo("Der Betrag darf nicht höher sein als der bezahlte Betrag von 80,00\u00a0€.");
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Sagen Sie kurz, warum das Geld erstattet wird.");
    }

    private static String readable(String text) {
        return text.replace('\u00a0', ' ');
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively().replace('\u00a0', ' ');
    }
}
