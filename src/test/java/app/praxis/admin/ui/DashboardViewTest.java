package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.DashboardPeriod;
import app.praxis.admin.DoctorUtilization;
import app.praxis.admin.OtherDoctors;
import app.praxis.appointment.AppointmentSummaries;
import app.praxis.appointment.BookingFixture;
import app.praxis.base.ui.chart.ChartSeries;
import app.praxis.doctor.DoctorSummary;
import app.praxis.doctor.SpecializationOption;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.PaymentSummaries;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentSummaries appointmentSummaries;

    @Autowired
    PaymentSummaries paymentSummaries;

    @Autowired
    app.praxis.availability.SlotSummaries slotSummaries;

    String specializationName;
    DoctorSummary doctor;
    PatientSummary patient;
    LocalDate today;

    @BeforeEach
    void twoVisitsLastWeek() {
        today = fixture.today();
        specializationName = "Viewology " + UUID.randomUUID();
        jdbc.sql("INSERT INTO specializations (name) VALUES (?)")
                .param(specializationName)
                .update();
        doctor = fixture.doctor("Viewer");
        jdbc.sql("UPDATE doctors SET specialization_id = (SELECT specialization_id FROM specializations WHERE name = ?)"
                        + " WHERE doctor_id = ?")
                .params(specializationName, doctor.doctorId())
                .update();
        patient = fixture.quickPatient("Viewed");
        long completed = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        long missed = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 4);
        jdbc.sql("UPDATE appointments SET status = 'COMPLETED' WHERE appointment_id = ?")
                .param(completed)
                .update();
        jdbc.sql("UPDATE appointments SET status = 'NO_SHOW' WHERE appointment_id = ?")
                .param(missed)
                .update();
        // Written in plain SQL: the dashboard's daily summaries are filled from the rows (V0013's backfill).
        appointmentSummaries.rebuild();
        paymentSummaries.rebuild();
        slotSummaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminSeesOneSpecializationsFiguresAgainstThePreviousPeriodAndItsCharts() {
        DashboardView view = AopTestUtils.getUltimateTargetObject(navigate(DashboardView.class));
        view.period.setValue(DashboardPeriod.LAST_30_DAYS);

        view.specialization.setValue(option(view));

        assertThat(figure(view, "Appointments booked")).contains("2", "▲ up from 0");
        assertThat(figure(view, "Completed")).contains("1");
        assertThat(figure(view, "No-shows")).contains("1");
        assertThat(figure(view, "No-show rate")).contains("50.0 %");
        assertThat(figure(view, "Utilization")).contains("100.0 %");
        assertThat(figure(view, "Cancelled by patients")).contains("0", "= as before");
        assertThat(view.perDay.getData().labels()).hasSize(30);
        assertThat(view.perDay.getData().series().stream()
                        .flatMap(series -> series.values().stream())
                        .filter(Objects::nonNull)
                        .mapToLong(Number::longValue)
                        .sum())
                .isEqualTo(2);
        assertThat(view.utilization.getData().labels()).containsExactly("Dr. " + doctor.fullName());
        assertThat(view.utilization.getData().series())
                .singleElement()
                .extracting(ChartSeries::values)
                .isEqualTo(java.util.List.of(1.0));
        assertThat(view.specializations.getData().labels()).containsExactly(specializationName);
        assertThat(view.hours.getData().labels()).containsExactly("09:00");
    }

    @Test
    void aClinicWithMoreDoctorsThanTheChartNamesShowsTheBusiestTheOthersInOneBarAndTheLeastBusy() {
        navigate(DashboardView.class);
        var shown = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new DoctorUtilization(i + 1, "Doc " + i, 100 - 2 * i, 100))
                .toList();

        var many = DashboardCharts.utilization(shown, new OtherDoctors(1980, 500, 1000));

        assertThat(many.labels()).hasSize(21);
        assertThat(many.labels().subList(0, 10)).allMatch(label -> label.startsWith("Dr. Doc "));
        assertThat(many.labels().get(10)).isEqualTo("1,980 other doctors (together)");
        assertThat(many.labels().subList(11, 21)).allMatch(label -> label.startsWith("Dr. Doc "));
        assertThat(many.series().getFirst().values().get(0)).isEqualTo(1.0);
        assertThat(many.series().getFirst().values().get(10)).isEqualTo(0.5);
        assertThat(many.series().getFirst().values().get(20)).isEqualTo(0.62);

        // a small clinic: every doctor, no bar for others
        var few = DashboardCharts.utilization(shown.subList(0, 3), new OtherDoctors(0, 0, 0));
        assertThat(few.labels()).containsExactly("Dr. Doc 0", "Dr. Doc 1", "Dr. Doc 2");
    }

    @Test
    void choosingADoctorClearsTheSpecialization() {
        DashboardView view = AopTestUtils.getUltimateTargetObject(navigate(DashboardView.class));
        view.specialization.setValue(option(view));

        view.doctor.setValue(view.doctor
                .getListDataView()
                .getItems()
                .filter(d -> d.doctorId() == doctor.doctorId())
                .findFirst()
                .orElseThrow());

        assertThat(view.specialization.getValue()).isNull();
        assertThat(view.shown().filter().doctorId()).isEqualTo(doctor.doctorId());
    }

    @Test
    void anEndBeforeTheStartIsShownOnTheEndDateAndTheFiguresStay() {
        DashboardView view = AopTestUtils.getUltimateTargetObject(navigate(DashboardView.class));
        var before = view.shown();

        test(view.to).setValue(view.from.getValue().minusDays(1));

        assertThat(view.period.getValue()).isEqualTo(DashboardPeriod.CUSTOM);
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date must not be before the start date");
        assertThat(view.shown()).isSameAs(before);
    }

    private SpecializationOption option(DashboardView view) {
        return view.specialization
                .getListDataView()
                .getItems()
                .filter(s -> s.name().equals(specializationName))
                .findFirst()
                .orElseThrow();
    }

    private String figure(DashboardView view, String label) {
        return find(Div.class).from(view.figures).withClassName("figure-card").all().stream()
                .filter(card -> label.equals(card.getElement().getAttribute("data-figure")))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
    }
}
