package app.praxis.admin.ui;

import app.praxis.admin.SentMailService;
import app.praxis.base.Formats;
import app.praxis.base.MailOutbox;
import app.praxis.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Every e-mail Praxis wrote, newest first, paged by the database: subject, recipient, status, time, attempts; the
 * body, the attachment and the last error in the row's details; "Retry" for one that failed.
 */
@Route("admin/mails")
@Menu(title = "Sent e-mails", order = 7, icon = "vaadin:envelopes")
@RolesAllowed(Roles.ADMIN)
class SentMailsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    final TextField search = new TextField(getTranslation("admin.search"));
    final Select<MailOutbox.@Nullable Status> status = new Select<>();
    final Grid<MailOutbox.Entry> grid = new Grid<>();
    final Span rowCount = new Span();

    private final SentMailService mails;
    private final ZoneId zone;

    SentMailsView(SentMailService mails, java.time.Clock clock) {
        this.mails = mails;
        this.zone = clock.getZone();
        setId("admin-mails");
        addClassNames("praxis-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        search.setPlaceholder(getTranslation("admin.mails.searchPlaceholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        status.setLabel(getTranslation("admin.status"));
        status.setItems(MailOutbox.Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("admin.any") : label(s));
        status.setWidthFull();
        search.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        var filters = new Div(search, status);
        filters.addClassName("dashboard-filters");
        rowCount.setId("mails-count");
        var summary = new Div(rowCount);
        summary.addClassName("grid-summary");
        configureGrid();
        add(new H2(getTranslation("admin.mails.title")), filters, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("mails-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MailOutbox.Entry::subject)
                .setHeader(getTranslation("admin.mails.subject"))
                .setFlexGrow(2)
                .setKey("subject");
        grid.addColumn(MailOutbox.Entry::recipient)
                .setHeader(getTranslation("admin.mails.recipient"))
                .setAutoWidth(true)
                .setKey("recipient");
        grid.addColumn(entry -> label(entry.status()))
                .setHeader(getTranslation("admin.status"))
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(entry -> time(entry.sentAt() != null ? entry.sentAt() : entry.createdAt()))
                .setHeader(getTranslation("admin.mails.time"))
                .setAutoWidth(true)
                .setKey("time");
        grid.addColumn(MailOutbox.Entry::attempts)
                .setHeader(getTranslation("admin.mails.attempts"))
                .setAutoWidth(true)
                .setKey("attempts");
        grid.addComponentColumn(this::retryButton)
                .setHeader("")
                .setAutoWidth(true)
                .setKey("retry");
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setItems(
                query ->
                        mails
                                .search(status.getValue(), search.getValue(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> mails.count(status.getValue(), search.getValue()));
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1");
    }

    private Component retryButton(MailOutbox.Entry entry) {
        if (entry.status() != MailOutbox.Status.FAILED) {
            return new Span();
        }
        var button = new Button(getTranslation("admin.mails.retry"), event -> retry(entry));
        button.addClassName("retry");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    void retry(MailOutbox.Entry entry) {
        if (mails.retry(entry.id())) {
            Notification.show(getTranslation("admin.mails.retried")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Notification.show(getTranslation("admin.mails.notFailed"))
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        refresh();
    }

    Component details(MailOutbox.Entry entry) {
        var box = new Div();
        box.addClassName("mail-details");
        var facts = new Span(
                entry.status() == MailOutbox.Status.PENDING && entry.attempts() > 0
                        ? getTranslation(
                                "admin.mails.factsNextAttempt",
                                entry.about(),
                                time(entry.createdAt()),
                                time(entry.nextAttemptAt()))
                        : getTranslation("admin.mails.facts", entry.about(), time(entry.createdAt())));
        box.add(facts);
        if (entry.lastError() != null) {
            var error = new Span(getTranslation("admin.mails.lastError", entry.lastError()));
            error.addClassName("mail-error");
            box.add(new Div(error));
        }
        mails.details(entry.id()).ifPresent(details -> {
            var body = new Pre(details.body());
            body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            box.add(body);
            if (details.attachmentName() != null) {
                String name = details.attachmentName();
                String type = details.attachmentType() == null ? "application/octet-stream" : details.attachmentType();
                byte[] content = details.attachment();
                box.add(new Anchor(
                        DownloadHandler.fromInputStream(event ->
                                new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length)),
                        getTranslation("admin.mails.attachment", name)));
            }
        });
        return box;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        int count = mails.count(status.getValue(), search.getValue());
        rowCount.setText(getTranslation("admin.mails.count", count));
    }

    /** "Wed 2 Dec 2026, 10:00:05" in the page's formats (seconds: e-mails of one change are written together). */
    private String time(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return Formats.current().day(at.toLocalDate()) + ", " + SECONDS.format(at);
    }

    static String label(MailOutbox.Status status) {
        return I18NProvider.translate("admin.mails.status." + status.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.mails.pageTitle");
    }
}
