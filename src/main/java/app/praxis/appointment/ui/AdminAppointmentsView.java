package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentFilter;
import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.CsvDownload;
import app.praxis.security.Roles;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Every appointment, for admins: filters on top, a grid that fetches one page at a time from the database. */
@Route("admin/appointments")
@PageTitle("All appointments · Praxis")
@Menu(title = "Appointments", order = 1, icon = "vaadin:calendar")
@RolesAllowed(Roles.ADMIN)
class AdminAppointmentsView extends Main {

    final TextField doctor = new TextField("Doctor");
    final TextField patient = new TextField("Patient");
    final Select<AppointmentStatus> status = new Select<>();
    final DatePicker from = AppLocale.dates(new DatePicker("From"));
    final DatePicker to = AppLocale.dates(new DatePicker("To"));
    final Grid<AppointmentRow> grid = new Grid<>(AppointmentRow.class, false);

    private final AppointmentService appointments;

    AdminAppointmentsView(AppointmentService appointments) {
        this.appointments = appointments;
        setId("admin-appointments");
        addClassNames("praxis-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        status.setLabel("Status");
        status.setItems(AppointmentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        List.of(doctor, patient).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        });
        List<AbstractField<?, ?>> filters = List.of(doctor, patient, status, from, to);
        filters.forEach(field -> {
            ((HasSize) field).setWidthFull();
            field.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        });
        var filterBar = new Div(doctor, patient, status, from, to);
        filterBar
                .getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 10rem), 1fr))")
                .set("gap", "var(--lumo-space-s)");
        configureGrid();
        var download = CsvDownload.anchor("Download CSV", "appointments.csv", this::writeCsv);
        add(new H2("All appointments"), filterBar, download, grid);
    }

    private void configureGrid() {
        grid.setId("appointments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Formats.day(row.date())).setHeader("Day").setAutoWidth(true);
        grid.addColumn(row -> Formats.time(row.startTime())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(row -> "Dr. " + row.doctorName()).setHeader("Doctor").setAutoWidth(true);
        grid.addColumn(AppointmentRow::patientName).setHeader("Patient").setAutoWidth(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(row -> row.reason() == null ? "" : row.reason())
                .setHeader("Reason")
                .setFlexGrow(1);
        grid.setItems(
                query -> appointments.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) appointments.count(filter()));
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1");
    }

    /** Exactly the rows the filters select, in the grid's order. */
    void writeCsv(OutputStream out) throws IOException {
        appointments.exportCsv(filter(), out);
    }

    AppointmentFilter filter() {
        return new AppointmentFilter(
                null, null, doctor.getValue(), patient.getValue(), status.getValue(), from.getValue(), to.getValue());
    }
}
