package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentSummaries;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' appointments grid without a browser: count, sorting, the range message, details and cancel. */
@IntegrationTest
class AdminAppointmentsViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    /** Rows written in plain SQL: a doctor's name is counted from the kept totals (round 11), rebuilt after them. */
    @Autowired
    AppointmentSummaries summaries;

    String family;
    DoctorSummary doctor;
    PatientSummary anna;
    PatientSummary zoe;

    @BeforeEach
    void setUp() {
        family = "Adm" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        anna = fixture.quickPatient(family + "Anna");
        zoe = fixture.quickPatient(family + "Zoe");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theCountFollowsTheFiltersAndIsWrittenWithThousandsSeparators() {
        fixture.pastAppointment(doctor.doctorId(), anna.patientId(), 1);
        fixture.pastAppointment(doctor.doctorId(), zoe.patientId(), 2);
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));

        assertThat(view.doctor.getPlaceholder()).isEqualTo("Start of first or last name");
        view.doctor.setValue(family);
        assertThat(view.rowCount.getText()).isEqualTo("2 appointments");
        view.patient.setValue(family + "Zoe");
        assertThat(view.rowCount.getText()).isEqualTo("1 appointment");
        view.patient.setValue("pat " + family.toLowerCase() + "z");
        assertThat(view.rowCount.getText())
                .as("words: the start of a first or last name")
                .isEqualTo("1 appointment");
        view.patient.setValue("Zoe");
        assertThat(view.rowCount.getText()).as("not inside a name").isEqualTo("0 appointments");
        assertThat(view.getTranslation("appointment.admin.count", 1234)).isEqualTo("1,234 appointments");
    }

    @Test
    void aFromAfterToIsExplainedNextToToAndNoRowsAreFetchedUntilItIsFixed() {
        fixture.pastAppointment(doctor.doctorId(), anna.patientId(), 1);
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);

        view.from.setValue(fixture.today());
        view.to.setValue(fixture.today().minusDays(1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).contains("on or after");
        assertThat(view.rowCount.getText()).isEmpty();
        assertThat(view.download.isEnabled()).isFalse();
        assertThat(view.grid.getDataProvider().size(new Query<>())).isZero();

        view.from.setValue(fixture.today().minusDays(1));

        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.rowCount.getText()).isEqualTo("1 appointment");
        assertThat(view.download.isEnabled()).isTrue();
    }

    @Test
    void everyColumnIsSortableAndTheDownloadFollowsTheGridsSort() throws Exception {
        long annas = fixture.pastAppointment(doctor.doctorId(), anna.patientId(), 1);
        long zoes = fixture.pastAppointment(doctor.doctorId(), zoe.patientId(), 2);
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);

        assertThat(view.grid.getColumns())
                .allSatisfy(column -> assertThat(column.isSortable()).isTrue());
        var byPatient = view.grid.getColumnByKey("PATIENT");
        assertThat(ids(view, new QuerySortOrder("PATIENT", SortDirection.ASCENDING)))
                .containsExactly(annas, zoes);
        assertThat(ids(view, new QuerySortOrder("PATIENT", SortDirection.DESCENDING)))
                .containsExactly(zoes, annas);

        view.grid.sort(List.of(new GridSortOrder<>(byPatient, SortDirection.DESCENDING)));
        var out = new ByteArrayOutputStream();
        view.writeCsv(out);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)
                        .substring(1)
                        .lines()
                        .skip(1)
                        .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                        .toList())
                .containsExactly(zoes, annas);
    }

    @Test
    void aRowsDetailsShowThePaymentAndThePracticeCancelsFromThemWithAMessage() {
        long slot = fixture.slot(doctor.doctorId(), 4, LocalTime.of(8, 0));
        SignIn.as(anna.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Headaches");
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);
        AppointmentRow row = (AppointmentRow)
                view.grid.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();

        Component details = view.details(row);
        view.add(details);

        assertThat(details.getElement().getTextRecursively())
                .contains("Dr. Doc " + family, "Pat " + family + "Anna", "Headaches", "Payment: Pending", "€80.00");
        test(find(Button.class).withClassName("cancel").from(details).single()).click();
        CancelDialog dialog = find(CancelDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(fixture.status(booked)).isEqualTo("SCHEDULED");

        dialog.reason.setValue("The doctor is ill; please book another day.");
        test(dialog.confirm).click();

        assertThat(fixture.status(booked)).isEqualTo("CANCELLED");
        AppointmentRow cancelled = (AppointmentRow)
                view.grid.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();
        Component after = view.details(cancelled);
        view.add(after);
        assertThat(after.getElement().getTextRecursively()).contains("Cancelled: The doctor is ill");
        assertThat(find(Button.class).withClassName("cancel").from(after).all()).isEmpty();
    }

    @Test
    void theRowsDetailsListTheRescheduleHistory() {
        long first = fixture.slot(doctor.doctorId(), 4, LocalTime.of(8, 0));
        long later = fixture.slot(doctor.doctorId(), 5, LocalTime.of(9, 0));
        SignIn.as(anna.userId(), Roles.PATIENT);
        long booked = booking.book(first, "Headaches");
        booking.reschedule(booked, later, "Work");
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);
        AppointmentRow row = (AppointmentRow)
                view.grid.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();

        Component details = view.details(row);
        view.add(details);
        var history = find(com.vaadin.flow.component.details.Details.class)
                .from(details)
                .single();
        history.setOpened(true);

        assertThat(history.getElement().getTextRecursively()).contains("Moved once", "09:00", "Work");
    }

    /**
     * Scrolling on reads each page as a seek from the last row of the page before (issue 18, round 4): page by page
     * in every sortable order, both directions, the grid shows exactly the rows of one fetch of everything.
     */
    @Test
    void scrollingPageByPageShowsTheRowsOfOneFetchInEveryOrder() {
        var other = fixture.doctor(family + "Other");
        for (int day = 1; day <= 7; day++) {
            fixture.pastAppointment(doctor.doctorId(), day % 2 == 0 ? anna.patientId() : zoe.patientId(), day);
            fixture.pastAppointment(other.doctorId(), day % 2 == 0 ? zoe.patientId() : anna.patientId(), day);
        }
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);
        for (String key : List.of("DATE", "TIME", "DOCTOR", "PATIENT", "STATUS", "REASON")) {
            for (SortDirection direction : SortDirection.values()) {
                var order = new QuerySortOrder(key, direction);
                List<Long> all = ids(view, order);
                assertThat(all).hasSize(14);
                var scrolled = new java.util.ArrayList<Long>();
                for (int offset = 0; offset < 14; offset += 3) {
                    scrolled.addAll(ids(view, order, offset, 3));
                }
                assertThat(scrolled).as("%s %s", key, direction).containsExactlyElementsOf(all);
            }
        }
        var scrolled = new java.util.ArrayList<Long>();
        for (int offset = 0; offset < 14; offset += 5) {
            scrolled.addAll(ids(view, null, offset, 5));
        }
        assertThat(scrolled).as("today first").containsExactlyElementsOf(ids(view, null, 0, 50));
    }

    @Test
    void theRowsAreCountedOncePerFilterChangeNotForEachPage() {
        fixture.pastAppointment(doctor.doctorId(), anna.patientId(), 1);
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);
        assertThat(view.rowCount.getText()).isEqualTo("1 appointment");
        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(1);

        // written behind the view's back: the grid keeps the count it has until the filters change
        fixture.pastAppointment(doctor.doctorId(), zoe.patientId(), 2);
        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(1);
        view.patient.setValue(family);
        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(2);
        assertThat(view.rowCount.getText()).isEqualTo("2 appointments");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(
            AdminAppointmentsView view,
            @org.jspecify.annotations.Nullable QuerySortOrder order,
            int offset,
            int limit) {
        return view.grid
                .getDataProvider()
                .fetch(new Query<>(offset, limit, order == null ? List.of() : List.of(order), null, null))
                .map(row -> ((AppointmentRow) row).id())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(AdminAppointmentsView view, QuerySortOrder order) {
        return view.grid
                .getDataProvider()
                .fetch(new Query<>(0, 50, List.of(order), null, null))
                .map(row -> ((AppointmentRow) row).id())
                .toList();
    }
}
