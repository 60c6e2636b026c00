package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.DashboardPeriod;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingFixture;
import app.praxis.audit.AuditAction;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/** An admin whose page speaks German: the admin screens' texts, formats, messages and CSV headers are German. */
@IntegrationTest
class AdminGermanTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    AppointmentService appointments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    app.praxis.appointment.AppointmentSummaries appointmentSummaries;

    @Autowired
    app.praxis.payment.PaymentSummaries paymentSummaries;

    @Autowired
    app.praxis.availability.SlotSummaries slotSummaries;

    @BeforeEach
    void german() {
        SignIn.as(1, Roles.ADMIN);
        UI.getCurrent().setLocale(Locale.GERMANY);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDashboardSpeaksGermanWithGermanNumbersAndMoney() {
        DoctorSummary doctor = fixture.doctor("Deutschdash");
        PatientSummary patient = fixture.quickPatient("Deutschdashpatient");
        long visit = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        jdbc.sql("UPDATE appointments SET status = 'COMPLETED' WHERE appointment_id = ?")
                .param(visit)
                .update();
        appointmentSummaries.rebuild(); // rows written in plain SQL: the dashboard reads the daily summaries
        paymentSummaries.rebuild();
        slotSummaries.rebuild();
        SignIn.as(1, Roles.ADMIN);

        DashboardView view = AopTestUtils.getUltimateTargetObject(navigate(DashboardView.class));
        view.period.setValue(DashboardPeriod.LAST_30_DAYS);
        view.doctor.setValue(view.doctor
                .getGenericDataView()
                .getItems()
                .filter(d -> d.doctorId() == doctor.doctorId())
                .findFirst()
                .orElseThrow());

        assertThat(view.getPageTitle()).isEqualTo("Übersicht · Praxis");
        assertThat($(H2.class).first().getText()).isEqualTo("Übersicht");
        assertThat(view.period.getLabel()).isEqualTo("Zeitraum");
        assertThat(view.period.getItemLabelGenerator().apply(DashboardPeriod.LAST_30_DAYS))
                .isEqualTo("Letzte 30 Tage");
        assertThat(view.from.getLabel()).isEqualTo("Von");
        assertThat(view.doctor.getPlaceholder()).isEqualTo("Alle Ärzte");
        assertThat(figure(view, "Gebuchte Termine")).contains("1", "▲ gestiegen von 0");
        assertThat(figure(view, "Auslastung")).contains("100,0 %");
        assertThat(figure(view, "Umsatz bezahlt")).contains("0,00", "€");
        assertThat(view.perDay.getData().series())
                .extracting(series -> series.name())
                .contains("Abgeschlossen", "Nicht erschienen", "Abgesagt");
        // a day axis in German formats: "Mi., 2. Dez."
        assertThat(view.perDay.getData().labels())
                .anySatisfy(label -> assertThat(label).matches("[A-Z][a-z]\\., \\d{1,2}\\. .+"));
        assertThat(view.hours.getData().series())
                .extracting(series -> series.name())
                .allSatisfy(day -> assertThat(day).isIn("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."));

        view.from.setValue(fixture.today());
        view.to.setValue(fixture.today().minusDays(1));
        assertThat(view.to.getErrorMessage()).isEqualTo("Das Enddatum darf nicht vor dem Anfangsdatum liegen");
    }

    @Test
    void theUsersScreenAndItsCsvSpeakGerman() throws Exception {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        view.search.setValue("nobody-" + System.nanoTime());

        assertThat(view.getPageTitle()).isEqualTo("Benutzer · Praxis");
        assertThat(view.rowCount.getText()).isEqualTo("0 Konten");
        assertThat(view.role.getLabel()).isEqualTo("Rolle");
        assertThat(view.role.getItemLabelGenerator().apply(app.praxis.user.Role.DOCTOR))
                .isEqualTo("Arzt");
        assertThat(view.grid.getColumnByKey("EMAIL").getHeaderText()).isEqualTo("E-Mail");
        assertThat(view.staffActions.newDoctor.getText()).isEqualTo("Neuer Arzt");
        var out = new ByteArrayOutputStream();
        view.writeCsv(out);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).lines().findFirst())
                .hasValueSatisfying(header ->
                        assertThat(header).contains("Vorname", "Nachname", "E-Mail", "Telefon", "Rolle", "Aktiv"));
    }

    @Test
    void theAuditTrailNamesActionsAndRolesInGermanWithGermanDates() {
        DoctorSummary doctor = fixture.doctor("Deutschaudit");
        PatientSummary patient = fixture.quickPatient("Deutschauditpatient" + System.nanoTime());
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 0));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.patientRecord(patient.patientId());
        SignIn.as(1, Roles.ADMIN);

        AuditLogView view = AopTestUtils.getUltimateTargetObject(navigate(AuditLogView.class));
        view.patient.setValue(patient.fullName());

        assertThat(view.getPageTitle()).isEqualTo("Zugriffsprotokoll · Praxis");
        assertThat(view.rowCount.getText()).isEqualTo("1 Eintrag");
        assertThat(view.action.getItemLabelGenerator().apply(AuditAction.VIEWED_PATIENT_RECORD))
                .isEqualTo("Patientenakte geöffnet");
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 0)).matches("[A-Z][a-z]\\., \\d{1,2}\\. .+ \\d{4}, \\d{2}:\\d{2}:\\d{2}");
        assertThat(grid.getCellText(0, 1)).endsWith("(Arzt)");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Patientenakte geöffnet");

        view.from.setValue(LocalDate.of(2026, 12, 10));
        view.to.setValue(LocalDate.of(2026, 12, 1));
        assertThat(view.to.getErrorMessage()).isEqualTo("Das Enddatum darf nicht vor dem Anfangsdatum liegen.");
    }

    @Test
    void sentMailsCountAndStatusesAreGerman() {
        SentMailsView view = AopTestUtils.getUltimateTargetObject(navigate(SentMailsView.class));
        view.search.setValue("nobody-" + System.nanoTime());

        assertThat(view.getPageTitle()).isEqualTo("Gesendete E-Mails · Praxis");
        assertThat(view.rowCount.getText()).isEqualTo("0 E-Mails");
        assertThat(SentMailsView.label(app.praxis.base.MailOutbox.Status.PENDING))
                .isEqualTo("Wartet auf Versand");
    }

    private static String figure(DashboardView view, String label) {
        return view.figures
                .getChildren()
                .filter(card -> label.equals(card.getElement().getAttribute("data-figure")))
                .map(card -> ((Div) card).getElement().getTextRecursively())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + label));
    }
}
