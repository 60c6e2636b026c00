package app.praxis.admin.ui;

import app.praxis.admin.Dashboard;
import app.praxis.admin.DashboardFilter;
import app.praxis.admin.DashboardPeriod;
import app.praxis.admin.DashboardService;
import app.praxis.admin.Figure;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.CsvDownload;
import app.praxis.base.ui.FieldErrors;
import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.chart.Chart;
import app.praxis.base.ui.chart.ChartType;
import app.praxis.base.ui.chart.ValueFormat;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.doctor.SpecializationOption;
import app.praxis.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The admin's home: the clinic's figures for a period (each against the previous period of the same length) and
 * its charts, optionally for one doctor or one specialization.
 */
@Route("admin")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
class DashboardView extends Main implements HasDynamicTitle {

    final Select<DashboardPeriod> period = new Select<>();
    final DatePicker from = AppLocale.dates(new DatePicker(getTranslation("admin.from")));
    final DatePicker to = AppLocale.dates(new DatePicker(getTranslation("admin.to")));
    final ComboBox<DoctorSummary> doctor = new ComboBox<>(getTranslation("admin.dashboard.doctor"));
    final ComboBox<SpecializationOption> specialization =
            new ComboBox<>(getTranslation("admin.dashboard.specialization"));
    final Div figures = new Div();
    final Chart perDay =
            new Chart(ChartType.STACKED_BAR, ValueFormat.COUNT, getTranslation("admin.dashboard.chart.perDay"));
    final Chart revenue =
            new Chart(ChartType.LINE, ValueFormat.AMOUNT, getTranslation("admin.dashboard.chart.revenue"));
    final Chart utilization = new Chart(
            ChartType.HORIZONTAL_BAR, ValueFormat.PERCENT, getTranslation("admin.dashboard.chart.utilization"));
    final Chart specializations = new Chart(
            ChartType.HORIZONTAL_BAR, ValueFormat.COUNT, getTranslation("admin.dashboard.chart.specializations"));
    final Chart hours =
            new Chart(ChartType.STACKED_BAR, ValueFormat.COUNT, getTranslation("admin.dashboard.chart.hours"));

    private final DashboardService dashboards;
    private boolean updating;
    private @Nullable Dashboard shown;

    DashboardView(DashboardService dashboards, DoctorService doctors, AuthenticationContext authentication) {
        this.dashboards = dashboards;
        setId("admin-home");
        addClassNames("praxis-page", "dashboard");
        var title = new H2(getTranslation("admin.dashboard.title"));
        var welcome = new Paragraph(getTranslation("admin.dashboard.welcome", SignedIn.displayName(authentication)));
        welcome.addClassName("dashboard-welcome");

        period.setLabel(getTranslation("admin.dashboard.period"));
        period.setItems(DashboardPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("admin.period." + p.name()));
        period.setValue(DashboardPeriod.THIS_MONTH);
        doctor.setItems(doctors.allDoctors());
        doctor.setItemLabelGenerator(d -> "Dr. " + d.fullName());
        doctor.setClearButtonVisible(true);
        doctor.setPlaceholder(getTranslation("admin.dashboard.allDoctors"));
        specialization.setItems(doctors.specializations());
        specialization.setItemLabelGenerator(SpecializationOption::name);
        specialization.setClearButtonVisible(true);
        specialization.setPlaceholder(getTranslation("admin.dashboard.allSpecializations"));
        applyPeriod();

        period.addValueChangeListener(event -> {
            if (!updating && event.getValue() != DashboardPeriod.CUSTOM) {
                applyPeriod();
                refresh();
            }
        });
        from.addValueChangeListener(event -> datesEdited(event.isFromClient()));
        to.addValueChangeListener(event -> datesEdited(event.isFromClient()));
        doctor.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                specialization.clear();
            }
            refresh();
        });
        specialization.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                doctor.clear();
            }
            refresh();
        });

        var filters = new Div(period, from, to, doctor, specialization);
        filters.addClassName("dashboard-filters");
        figures.addClassName("dashboard-figures");
        figures.setId("dashboard-figures");
        var charts = new Div(panel(perDay), panel(revenue), panel(utilization), panel(specializations), panel(hours));
        charts.addClassName("dashboard-charts");
        var download = CsvDownload.anchor(getTranslation("admin.dashboard.download"), "dashboard.csv", this::writeCsv);
        add(title, welcome, filters, figures, download, charts);
        refresh();
    }

    private static Div panel(Chart chart) {
        var panel = new Div(new H3(chart.getTitle()), chart);
        panel.addClassName("dashboard-chart");
        return panel;
    }

    private void applyPeriod() {
        DashboardPeriod chosen = period.getValue() == null ? DashboardPeriod.THIS_MONTH : period.getValue();
        var today = dashboards.today();
        updating = true;
        try {
            from.setValue(chosen.from(today));
            to.setValue(chosen.to(today));
        } finally {
            updating = false;
        }
    }

    private void datesEdited(boolean byUser) {
        if (updating) {
            return;
        }
        if (byUser) {
            updating = true;
            period.setValue(DashboardPeriod.CUSTOM);
            updating = false;
        }
        refresh();
    }

    /** The filter as chosen, or null (with a message on the field) when a date is missing. */
    @Nullable
    DashboardFilter filter() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            DatePicker missing = from.getValue() == null ? from : to;
            missing.setErrorMessage(getTranslation("admin.dashboard.chooseDate"));
            missing.setInvalid(true);
            return null;
        }
        return new DashboardFilter(
                from.getValue(),
                to.getValue(),
                doctor.getValue() == null ? null : doctor.getValue().doctorId(),
                specialization.getValue() == null
                        ? null
                        : specialization.getValue().id());
    }

    void refresh() {
        if (updating) {
            return;
        }
        DashboardFilter filter = filter();
        if (filter == null) {
            return;
        }
        Dashboard dashboard;
        try {
            dashboard = dashboards.dashboard(filter);
        } catch (InvalidInputException e) {
            FieldErrors.show(e.fieldErrors(), Map.of("from", from, "to", to, "specializationId", specialization));
            return;
        }
        shown = dashboard;
        showFigures(dashboard.figures().list());
        perDay.setData(DashboardCharts.perDay(filter, dashboard.appointmentsPerDay()));
        revenue.setData(DashboardCharts.revenue(dashboard.revenuePerWeek()));
        utilization.setData(DashboardCharts.utilization(dashboard.utilizationPerDoctor(), dashboard.otherDoctors()));
        specializations.setData(DashboardCharts.specializations(dashboard.bookingsBySpecialization()));
        hours.setData(DashboardCharts.hours(dashboard.busiestHours()));
    }

    /** The figures as shown (this filter), as CSV; nothing when the filter is incomplete. */
    void writeCsv(OutputStream out) throws IOException {
        DashboardFilter filter = shown == null ? null : shown.filter();
        if (filter != null) {
            dashboards.exportCsv(filter, out);
        }
    }

    @Nullable
    Dashboard shown() {
        return shown;
    }

    private void showFigures(List<Figure> list) {
        figures.removeAll();
        for (Figure figure : list) {
            String name = getTranslation(figure.label());
            var label = new Span(name);
            label.addClassName("figure-label");
            var value = new Span(value(figure.kind(), figure.current()));
            value.addClassName("figure-value");
            var change = new Span(change(figure));
            change.addClassNames("figure-change", tone(figure));
            var card = new Div(label, value, change);
            card.addClassName("figure-card");
            card.getElement().setAttribute("data-figure", name);
            figures.add(card);
        }
    }

    static String change(Figure figure) {
        String before = value(figure.kind(), figure.previous());
        return switch (figure.trend()) {
            case UP -> I18NProvider.translate("admin.dashboard.up", before);
            case DOWN -> I18NProvider.translate("admin.dashboard.down", before);
            case SAME -> I18NProvider.translate("admin.dashboard.same");
            case NONE -> I18NProvider.translate("admin.dashboard.before", before);
        };
    }

    /** A figure's value in the page's formats: "1,234", "12.5 %", "€60.50", "4.50 ★"; "—" where undefined. */
    static String value(Figure.Kind kind, @Nullable Number value) {
        if (value == null) {
            return "—";
        }
        Formats formats = Formats.current();
        return switch (kind) {
            case COUNT -> formats.number(value.longValue());
            case PERCENT ->
                I18NProvider.translate(
                        "admin.dashboard.percent", formats.decimal(BigDecimal.valueOf(value.doubleValue() * 100), 1));
            case MONEY -> formats.money(new BigDecimal(value.toString()));
            case RATING ->
                I18NProvider.translate("admin.dashboard.rating", formats.decimal(new BigDecimal(value.toString()), 2));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.dashboard.pageTitle");
    }

    private static String tone(Figure figure) {
        return switch (figure.trend()) {
            case UP -> figure.higherIsBetter() ? "good" : "bad";
            case DOWN -> figure.higherIsBetter() ? "bad" : "good";
            case SAME, NONE -> "neutral";
        };
    }
}
