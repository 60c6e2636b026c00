package app.praxis.payment.ui;

import app.praxis.base.Formats;
import app.praxis.base.ui.AppLocale;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.payment.PaymentFilter;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentRow;
import app.praxis.payment.PaymentService;
import app.praxis.payment.PaymentStatus;
import app.praxis.payment.PaymentTotals;
import app.praxis.security.Roles;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every payment, for admins: filters (status, method, doctor, visit days), totals per status and method for the
 * selection, a lazy grid sorted in the database, receipt downloads and the selection as CSV.
 */
@Route("admin/payments")
@Menu(title = "Payments", order = 3, icon = "vaadin:money")
@RolesAllowed(Roles.ADMIN)
class PaymentsView extends Main implements HasDynamicTitle {

    final Select<PaymentStatus> status = new Select<>();
    final Select<PaymentMethod> method = new Select<>();
    final ComboBox<DoctorSummary> doctor = new ComboBox<>(getTranslation("payment.filter.doctor"));
    final DatePicker from = AppLocale.dates(new DatePicker(getTranslation("payment.filter.from")));
    final DatePicker to = AppLocale.dates(new DatePicker(getTranslation("payment.filter.to")));
    final Div totals = new Div();
    final Grid<PaymentRow> grid = new Grid<>(PaymentRow.class, false);
    final Anchor export;

    private final PaymentService payments;

    PaymentsView(PaymentService payments, DoctorService doctors) {
        this.payments = payments;
        setId("admin-payments");
        addClassNames("praxis-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        String any = getTranslation("payment.filter.any");
        status.setLabel(getTranslation("payment.column.status"));
        status.setItems(PaymentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? any : statusName(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(any);
        method.setLabel(getTranslation("payment.column.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> m == null ? any : methodName(m));
        method.setEmptySelectionAllowed(true);
        method.setEmptySelectionCaption(any);
        doctor.setItems(doctors.allDoctors());
        doctor.setItemLabelGenerator(d -> "Dr. " + d.fullName());
        doctor.setClearButtonVisible(true);
        List<AbstractField<?, ?>> filters = List.of(status, method, doctor, from, to);
        filters.forEach(field -> {
            ((HasSize) field).setWidthFull();
            field.addValueChangeListener(event -> refresh());
        });
        var filterBar = new Div(status, method, doctor, from, to);
        filterBar
                .getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 10rem), 1fr))")
                .set("gap", "var(--lumo-space-s)");
        totals.setId("payment-totals");
        totals.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.FontSize.SMALL);
        export = DocumentLinks.link(
                getTranslation("payment.exportCsv"), "export-csv", () -> payments.exportCsv(filter()));
        export.setId("export-csv");
        configureGrid();
        add(new H2(getTranslation("payment.heading")), filterBar, totals, export, grid);
        showTotals();
    }

    private void configureGrid() {
        grid.setId("payments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Formats formats = Formats.current();
        grid.addColumn(row -> formats.day(row.visitDate()) + ", " + formats.time(row.visitTime()))
                .setHeader(getTranslation("payment.column.visit"))
                .setSortProperty("visit")
                .setAutoWidth(true);
        grid.addColumn(row -> "Dr. " + row.doctorName())
                .setHeader(getTranslation("payment.column.doctor"))
                .setSortProperty("doctor")
                .setAutoWidth(true);
        grid.addColumn(PaymentRow::patientName)
                .setHeader(getTranslation("payment.column.patient"))
                .setSortProperty("patient")
                .setAutoWidth(true);
        grid.addColumn(row -> statusName(row.status()))
                .setHeader(getTranslation("payment.column.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(row -> row.method() == null ? "—" : methodName(row.method()))
                .setHeader(getTranslation("payment.column.method"))
                .setSortProperty("method")
                .setAutoWidth(true);
        grid.addColumn(row -> payments.format(row.fee()))
                .setHeader(getTranslation("payment.column.fee"))
                .setSortProperty("amount")
                .setAutoWidth(true);
        grid.addColumn(row -> row.paidAmount() == null ? "" : payments.format(row.paidAmount()))
                .setHeader(getTranslation("payment.column.paid"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.refundedAmount() == null ? "" : payments.format(row.refundedAmount()))
                .setHeader(getTranslation("payment.column.refunded"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.paidAt() == null ? "" : formats.when(row.paidAt()))
                .setHeader(getTranslation("payment.column.paidAt"))
                .setSortProperty("paidAt")
                .setAutoWidth(true);
        grid.addComponentColumn(this::documents)
                .setHeader(getTranslation("payment.column.documents"))
                .setSortProperty("receipt")
                .setAutoWidth(true);
        grid.setItems(
                query -> payments.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) payments.count(filter()));
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1");
    }

    private Div documents(PaymentRow row) {
        var links = new Div();
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        if (row.receiptNumber() != null) {
            links.add(DocumentLinks.link(
                    row.receiptNumber(), "receipt-link", () -> payments.receipt(row.appointmentId())));
        }
        if (row.creditNoteNumber() != null) {
            links.add(DocumentLinks.link(
                    row.creditNoteNumber(), "credit-note-link", () -> payments.creditNote(row.appointmentId())));
        }
        return links;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotals();
    }

    private void showTotals() {
        PaymentTotals sums = payments.totals(filter());
        totals.removeAll();
        String byStatus = sums.byStatus().entrySet().stream()
                .map(e -> getTranslation(
                        "payment.totals.status",
                        statusName(e.getKey()),
                        e.getValue().count(),
                        payments.format(e.getValue().fees())))
                .collect(Collectors.joining(" · "));
        String byMethod = sums.byMethod().entrySet().stream()
                .map(e -> getTranslation(
                        "payment.totals.method",
                        methodName(e.getKey()),
                        payments.format(e.getValue().net())))
                .collect(Collectors.joining(" · "));
        BigDecimal net = sums.byMethod().values().stream()
                .map(PaymentTotals.MethodTotal::net)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String none = getTranslation("payment.totals.none");
        var statusLine = new Span(getTranslation("payment.totals.byStatus", byStatus.isEmpty() ? none : byStatus));
        statusLine.addClassNames("totals-by-status");
        var methodLine = new Span(
                getTranslation("payment.totals.byMethod", byMethod.isEmpty() ? none : byMethod, payments.format(net)));
        methodLine.addClassNames("totals-by-method");
        totals.add(statusLine, methodLine);
    }

    private String statusName(PaymentStatus status) {
        return getTranslation("payment.status." + status.name());
    }

    private String methodName(PaymentMethod method) {
        return getTranslation("payment.method." + method.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.pageTitle");
    }

    PaymentFilter filter() {
        DoctorSummary chosen = doctor.getValue();
        return new PaymentFilter(
                status.getValue(),
                method.getValue(),
                chosen == null ? null : chosen.doctorId(),
                from.getValue(),
                to.getValue());
    }
}
