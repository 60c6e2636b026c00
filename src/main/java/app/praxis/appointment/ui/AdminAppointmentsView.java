package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentFilter;
import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentSort;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingService;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.CsvDownload;
import app.praxis.security.Roles;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Every appointment, for admins: filters on top, the number of rows they select, a grid that sorts on every column
 * and fetches one page at a time from the database (today first, then upcoming, then past, until a column is
 * sorted). A row opens its details: history, the sections of higher features (the payment) and the practice's
 * cancel.
 */
@Route("admin/appointments")
@Menu(title = "Appointments", order = 1, icon = "vaadin:calendar")
@RolesAllowed(Roles.ADMIN)
class AdminAppointmentsView extends Main implements HasDynamicTitle {

    final TextField doctor = new TextField(getTranslation("appointment.admin.doctor"));
    final TextField patient = new TextField(getTranslation("appointment.admin.patient"));
    final Select<AppointmentStatus> status = new Select<>();
    final DatePicker from = AppLocale.dates(new DatePicker(getTranslation("appointment.admin.from")));
    final DatePicker to = AppLocale.dates(new DatePicker(getTranslation("appointment.admin.to")));
    final Grid<AppointmentRow> grid = new Grid<>(AppointmentRow.class, false);
    final Span rowCount = new Span();
    final Anchor download;

    private final AppointmentService appointments;
    private final BookingService booking;
    private final ObjectProvider<AppointmentSection> sections;
    private final Texts texts;
    private final PageBoundaries<GridQuery, AppointmentRow> boundaries = new PageBoundaries<>();
    private @Nullable Counted counted;

    AdminAppointmentsView(
            AppointmentService appointments,
            BookingService booking,
            ObjectProvider<AppointmentSection> sections,
            Texts texts) {
        this.texts = texts;
        this.appointments = appointments;
        this.booking = booking;
        this.sections = sections;
        setId("admin-appointments");
        addClassNames("praxis-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        status.setLabel(getTranslation("appointment.admin.status"));
        status.setItems(AppointmentStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("appointment.admin.any") : getTranslation(s.textKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("appointment.admin.any"));
        List.of(doctor, patient).forEach(field -> {
            // each word typed is the start of a first or last name (issue 18, round 11: an index serves it)
            field.setPlaceholder(getTranslation("appointment.admin.namePlaceholder"));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        });
        // The range is checked here (and again by the service), so the message stays until the range is fixed.
        from.setManualValidation(true);
        to.setManualValidation(true);
        List<AbstractField<?, ?>> filters = List.of(doctor, patient, status, from, to);
        filters.forEach(field -> {
            ((HasSize) field).setWidthFull();
            field.addValueChangeListener(event -> refresh());
        });
        var filterBar = new Div(doctor, patient, status, from, to);
        filterBar.addClassName("dashboard-filters");
        download = CsvDownload.anchor(getTranslation("appointment.admin.csv"), "appointments.csv", this::writeCsv);
        rowCount.setId("appointments-count");
        var summary = new Div(rowCount, download);
        summary.addClassName("grid-summary");
        configureGrid();
        add(new H2(getTranslation("appointment.admin.heading")), filterBar, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("appointments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        Formats formats = Formats.current();
        column(row -> formats.day(row.date()), getTranslation("appointment.admin.day"), AppointmentSort.DATE);
        column(row -> formats.time(row.startTime()), getTranslation("appointment.admin.time"), AppointmentSort.TIME);
        column(row -> "Dr. " + row.doctorName(), getTranslation("appointment.admin.doctor"), AppointmentSort.DOCTOR);
        column(AppointmentRow::patientName, getTranslation("appointment.admin.patient"), AppointmentSort.PATIENT);
        column(
                row -> getTranslation(row.status().textKey()),
                getTranslation("appointment.admin.status"),
                AppointmentSort.STATUS);
        column(
                        row -> row.reason() == null ? "" : row.reason(),
                        getTranslation("appointment.admin.reason"),
                        AppointmentSort.REASON)
                .setAutoWidth(false)
                .setFlexGrow(1);
        grid.setItems(
                query -> rangeIsValid() ? page(VaadinSpringDataHelpers.toSpringPageRequest(query)) : Stream.empty(),
                query -> rangeIsValid() ? (int) count() : 0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1");
    }

    /**
     * A page of the grid; scrolling on from a page read before is a seek from that page's last row (the service
     * reads it as cheaply at any depth as the first page), any other page is skipped to by its offset.
     */
    private Stream<AppointmentRow> page(Pageable page) {
        var query = new GridQuery(filter(), page.getSort());
        List<AppointmentRow> rows =
                appointments.search(query.filter(), page, boundaries.before(query, page.getOffset()));
        boundaries.read(query, page.getOffset(), rows);
        return rows.stream();
    }

    /** The rows the filters select, counted once per filter change (not again for each page or the label). */
    private long count() {
        var filter = filter();
        if (counted == null || !counted.filter().equals(filter)) {
            counted = new Counted(filter, appointments.count(filter));
        }
        return counted.rows();
    }

    private record GridQuery(AppointmentFilter filter, Sort sort) {}

    private record Counted(AppointmentFilter filter, long rows) {}

    private Grid.Column<AppointmentRow> column(
            ValueProvider<AppointmentRow, String> value, String header, AppointmentSort sort) {
        return grid.addColumn(value)
                .setHeader(header)
                .setKey(sort.name())
                .setSortProperty(sort.name())
                .setSortable(true)
                .setAutoWidth(true);
    }

    /** What a row shows when opened: details, history, payment and, while it may still be cancelled, "Cancel". */
    Component details(AppointmentRow row) {
        var card = new AppointmentCardView(
                row,
                AppointmentCardView.Perspective.DOCTOR,
                appointments,
                AppointmentSection.collect(sections, List.of(row), this::refresh)
                        .apply(row));
        card.getContent()
                .addComponentAtIndex(
                        0,
                        new Div("Dr. " + row.doctorName()
                                + (row.specialization() == null ? "" : " · " + row.specialization())));
        if (appointments.practiceMayCancel(row)) {
            var cancel = new Button(getTranslation("appointment.card.cancel"), event -> new CancelDialog(
                            row, getTranslation("appointment.agenda.messageToPatient"), booking, this::refresh)
                    .open());
            cancel.addClassNames("cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.actions.add(cancel);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.admin.title");
    }

    private void refresh() {
        boolean valid = rangeIsValid();
        download.setEnabled(valid);
        // the rows may have changed (a cancellation) or the filter did: count again, page by offset again
        counted = null;
        boundaries.forget();
        if (valid) {
            rowCount.setText(getTranslation("appointment.admin.count", count()));
        } else {
            rowCount.setText("");
        }
        grid.getDataProvider().refreshAll();
    }

    /** Shows the message next to "To" while the range ends before it starts (then no query runs). */
    private boolean rangeIsValid() {
        try {
            AppointmentService.requireRange(filter(), texts);
            from.setInvalid(false);
            to.setInvalid(false);
            return true;
        } catch (InvalidInputException refused) {
            ErrorDisplay.show(refused, Map.of(AppointmentService.TO, to));
            return false;
        }
    }

    /** Exactly the rows the filters select, in the grid's order. */
    void writeCsv(OutputStream out) throws IOException {
        appointments.exportCsv(filter(), currentSort(), out);
    }

    /** The grid's sort as the service takes it (unsorted: the default order). */
    Sort currentSort() {
        List<GridSortOrder<AppointmentRow>> orders = grid.getSortOrder();
        if (orders.isEmpty()) {
            return Sort.unsorted();
        }
        GridSortOrder<AppointmentRow> first = orders.getFirst();
        return Sort.by(
                first.getDirection() == SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC,
                first.getSorted().getKey());
    }

    AppointmentFilter filter() {
        return new AppointmentFilter(
                null, null, doctor.getValue(), patient.getValue(), status.getValue(), from.getValue(), to.getValue());
    }
}
