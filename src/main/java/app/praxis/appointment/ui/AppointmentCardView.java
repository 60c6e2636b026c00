package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.CalendarFile;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.RescheduleEntry;
import app.praxis.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One appointment in a list: when, with whom, status, reason, the sections higher features add (the payment),
 * history and the calendar file. The view that shows it adds the buttons its role may use to {@link #actions}.
 */
class AppointmentCardView extends Composite<Div> {

    enum Perspective {
        PATIENT,
        DOCTOR
    }

    final Div actions = new Div();
    final Span status;

    AppointmentCardView(
            AppointmentRow row, Perspective perspective, AppointmentService service, List<Component> sections) {
        Formats formats = Formats.current();
        var when = new Span(formats.span(row.date(), row.startTime(), row.endTime()));
        when.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        status = new Span(getTranslation(row.status().textKey()));
        status.getElement().getThemeList().add("badge" + badgeTheme(row.status()));
        status.addClassNames("appointment-status");
        var header = new Div(when, status);
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        var who = new Div(
                perspective == Perspective.PATIENT
                        ? "Dr. " + row.doctorName() + (row.specialization() == null ? "" : " · " + row.specialization())
                        : row.patientAge() == null
                                ? row.patientName()
                                : getTranslation("appointment.card.patientAge", row.patientName(), row.patientAge()));
        who.addClassNames("appointment-party");
        var details = new Div();
        details.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        details.add(new Div(getTranslation("appointment.card.reason", row.reason() == null ? "—" : row.reason())));
        if (row.cancellationReason() != null) {
            details.add(new Div(getTranslation("appointment.card.cancelled", row.cancellationReason())));
        }
        sections.forEach(details::add);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        actions.add(calendarLink(row, service));
        getContent()
                .addClassNames(
                        "appointment-card",
                        LumoUtility.Display.FLEX,
                        LumoUtility.FlexDirection.COLUMN,
                        LumoUtility.Gap.XSMALL,
                        LumoUtility.Padding.MEDIUM,
                        LumoUtility.Border.ALL,
                        LumoUtility.BorderColor.CONTRAST_10,
                        LumoUtility.BorderRadius.MEDIUM);
        getContent().getStyle().set("overflow-wrap", "anywhere");
        getContent().getElement().setAttribute("data-appointment-id", String.valueOf(row.id()));
        getContent().add(header, who, details);
        if (row.rescheduleCount() > 0) {
            getContent().add(history(row, service));
        }
        getContent().add(actions);
    }

    /**
     * Adds "Reschedule" and "Cancel" (asking {@code cancelPrompt}) for an appointment that may still change;
     * {@code onChange} runs after either has been done.
     */
    void addChangeActions(
            AppointmentRow row,
            BookingService booking,
            DoctorDirectory directory,
            String cancelPrompt,
            Runnable onChange) {
        var reschedule = new Button(
                getTranslation("appointment.card.reschedule"),
                event -> new RescheduleDialog(row, booking, directory, onChange).open());
        reschedule.addClassNames("reschedule");
        var cancel = new Button(
                getTranslation("appointment.card.cancel"),
                event -> new CancelDialog(row, cancelPrompt, booking, onChange).open());
        cancel.addClassNames("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(reschedule, cancel);
    }

    private static Anchor calendarLink(AppointmentRow row, AppointmentService service) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    CalendarFile file = service.calendarFile(row.id());
                    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file.fileName(), file.mediaType(), bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                I18NProvider.translate("appointment.card.calendarFile"));
        link.addClassNames("ics-link", LumoUtility.FontSize.SMALL);
        return link;
    }

    /** Loaded when opened: most appointments are never moved, and few histories are ever read. */
    private static Details history(AppointmentRow row, AppointmentService service) {
        var list = new UnorderedList();
        var details = new Details(I18NProvider.translate("appointment.card.moved", row.rescheduleCount()), list);
        details.addClassNames("appointment-history", LumoUtility.FontSize.SMALL);
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && list.getChildren().findAny().isEmpty()) {
                service.history(row.id()).forEach(entry -> list.add(new ListItem(describe(entry))));
            }
        });
        return details;
    }

    static String describe(RescheduleEntry entry) {
        Formats formats = Formats.current();
        String from = formats.when(entry.oldDate().atTime(entry.oldTime()));
        String to = formats.when(entry.newDate().atTime(entry.newTime()));
        String on = formats.when(entry.rescheduledAt());
        return entry.reason() == null
                ? I18NProvider.translate("appointment.card.historyEntry", from, to, entry.rescheduledBy(), on)
                : I18NProvider.translate(
                        "appointment.card.historyEntryReason", from, to, entry.rescheduledBy(), on, entry.reason());
    }

    static String badgeTheme(AppointmentStatus status) {
        return switch (status) {
            case SCHEDULED -> "";
            case COMPLETED -> " success";
            case CANCELLED -> " error";
            case NO_SHOW -> " contrast";
        };
    }
}
