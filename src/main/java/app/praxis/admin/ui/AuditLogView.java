package app.praxis.admin.ui;

import app.praxis.admin.AuditLogService;
import app.praxis.admin.AuditQuery;
import app.praxis.admin.AuditRow;
import app.praxis.audit.AuditAction;
import app.praxis.base.ClinicProperties;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.CsvDownload;
import app.praxis.base.ui.FieldErrors;
import app.praxis.security.Roles;
import app.praxis.user.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/** The audit trail for admins: who saw or changed which patient's data, filtered, paged by the database, as CSV. */
@Route("admin/audit")
@Menu(title = "Audit trail", order = 8, icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    final TextField person = new TextField(getTranslation("admin.audit.person"));
    final TextField patient = new TextField(getTranslation("admin.audit.patient"));
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = AppLocale.dates(new DatePicker(getTranslation("admin.from")));
    final DatePicker to = AppLocale.dates(new DatePicker(getTranslation("admin.to")));
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    final Span rowCount = new Span();
    final Anchor download;

    private final AuditLogService audit;
    private final ZoneId zone;

    AuditLogView(AuditLogService audit, ClinicProperties clinic) {
        this.audit = audit;
        this.zone = clinic.timeZone();
        setId("admin-audit");
        addClassNames("praxis-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        person.setPlaceholder(getTranslation("admin.audit.personPlaceholder"));
        patient.setPlaceholder(getTranslation("admin.audit.patientPlaceholder"));
        for (TextField field : new TextField[] {person, patient}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.setMaxLength(100);
            field.setWidthFull();
            field.addValueChangeListener(event -> refresh());
        }
        action.setLabel(getTranslation("admin.audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("admin.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("admin.any") : getTranslation(a.key()));
        action.setWidthFull();
        action.addValueChangeListener(event -> refresh());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
            picker.setWidthFull();
            picker.addValueChangeListener(event -> refresh());
        }
        var filters = new Div(person, patient, action, from, to);
        filters.addClassName("dashboard-filters");
        download = CsvDownload.anchor(getTranslation("admin.downloadCsv"), "audit-trail.csv", this::writeCsv);
        rowCount.setId("audit-count");
        var summary = new Div(rowCount, download);
        summary.addClassName("grid-summary");
        configureGrid();
        add(new H2(getTranslation("admin.audit.title")), filters, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Formats formats = Formats.current();
        grid.addColumn(row -> formats.day(row.at().atZone(zone).toLocalDate()) + ", "
                        + SECONDS.format(row.at().atZone(zone)))
                .setHeader(getTranslation("admin.audit.time"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.actorName() == null
                        ? "—"
                        : getTranslation("admin.audit.actor", row.actorName(), role(row.actorRole())))
                .setHeader(getTranslation("admin.audit.who"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.action().key()))
                .setHeader(getTranslation("admin.audit.what"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.patientName() == null ? "" : row.patientName())
                .setHeader(getTranslation("admin.audit.patient"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.objectType() == null ? "" : row.objectType() + " " + row.objectId())
                .setHeader(getTranslation("admin.audit.object"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.clientAddress() == null ? "" : row.clientAddress())
                .setHeader(getTranslation("admin.audit.address"))
                .setAutoWidth(true);
        grid.setItems(query -> rows(query.getOffset(), query.getLimit()), query -> (int) count());
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1");
    }

    private Stream<AuditRow> rows(long offset, int limit) {
        try {
            return audit.search(query(), offset, limit);
        } catch (InvalidInputException refused) {
            return Stream.empty();
        }
    }

    private long count() {
        try {
            return audit.count(query());
        } catch (InvalidInputException refused) {
            return 0;
        }
    }

    private void refresh() {
        Map<String, HasValidation> fields = Map.of("person", person, "patient", patient, "to", to);
        try {
            long count = audit.count(query());
            FieldErrors.show(Map.of(), fields);
            rowCount.setText(getTranslation("admin.audit.count", count));
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused.fieldErrors(), fields);
            rowCount.setText("");
        }
        grid.getDataProvider().refreshAll();
    }

    AuditQuery query() {
        return new AuditQuery(person.getValue(), patient.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    void writeCsv(OutputStream out) throws IOException {
        audit.exportCsv(query(), out);
    }

    /** The acting account's role (stored by name: PATIENT, DOCTOR, ADMIN) in the page's language. */
    private String role(String role) {
        if (role == null) {
            return "";
        }
        boolean known = Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role));
        return known ? getTranslation("admin.role." + role) : role;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.pageTitle");
    }
}
