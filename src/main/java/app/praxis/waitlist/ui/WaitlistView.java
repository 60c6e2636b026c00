package app.praxis.waitlist.ui;

import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.security.Roles;
import app.praxis.waitlist.NewWaitlistEntry;
import app.praxis.waitlist.WaitlistEntry;
import app.praxis.waitlist.WaitlistService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * The patient's waitlist: join a doctor's (from the doctor's page, {@code waitlist?doctor=ID}), see what they wait
 * for, book a time offered to them while it is held, decline it, or leave.
 */
@Route("waitlist")
@Menu(title = "Waitlist", order = 3, icon = "vaadin:hourglass")
@RolesAllowed(Roles.PATIENT)
class WaitlistView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final DatePicker firstDay = AppLocale.dates(new DatePicker(getTranslation("waitlist.firstDay")));
    final DatePicker lastDay = AppLocale.dates(new DatePicker(getTranslation("waitlist.lastDay")));
    final TimePicker fromTime = AppLocale.times(new TimePicker(getTranslation("waitlist.fromTime")));
    final TimePicker toTime = AppLocale.times(new TimePicker(getTranslation("waitlist.toTime")));
    final Button join = new Button(getTranslation("waitlist.join"));
    final Div joinForm = new Div();
    final Div entries = new Div();

    private final WaitlistService waitlist;
    private final Clock clock;
    private long doctorId;

    WaitlistView(WaitlistService waitlist, Clock clock) {
        this.waitlist = waitlist;
        this.clock = clock;
        setId("waitlist");
        addClassNames("praxis-form");
        LocalDate today = LocalDate.now(clock);
        firstDay.setValue(today);
        firstDay.setMin(today);
        lastDay.setValue(today.plusWeeks(2));
        lastDay.setMin(today);
        fromTime.setValue(LocalTime.of(8, 0));
        toTime.setValue(LocalTime.of(18, 0));
        fromTime.setStep(Duration.ofMinutes(30));
        toTime.setStep(Duration.ofMinutes(30));
        for (var field : new com.vaadin.flow.component.HasSize[] {firstDay, lastDay, fromTime, toTime}) {
            field.setWidthFull();
        }
        join.setId("join-waitlist");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setWidthFull();
        join.addClickListener(event -> join());
        joinForm.add(
                new H3(getTranslation("waitlist.joinTitle")),
                new Paragraph(getTranslation("waitlist.joinIntro")),
                firstDay,
                lastDay,
                fromTime,
                toTime,
                join);
        joinForm.setVisible(false);
        entries.setId("waitlist-entries");
        add(new H2(getTranslation("waitlist.title")), joinForm, new H3(getTranslation("waitlist.waitingFor")), entries);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> doctor = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("doctor")
                .flatMap(value -> {
                    try {
                        return Optional.of(Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
        doctorId = doctor.orElse(0L);
        joinForm.setVisible(doctor.isPresent());
        refresh();
    }

    void join() {
        try {
            waitlist.join(new NewWaitlistEntry(
                    doctorId, firstDay.getValue(), lastDay.getValue(), fromTime.getValue(), toTime.getValue()));
            FieldErrors.show(Map.of(), fields());
            joinForm.setVisible(false);
            Notification.show(getTranslation("waitlist.joined")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused.fieldErrors(), fields());
        }
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of(
                NewWaitlistEntry.FIRST_DAY, firstDay,
                NewWaitlistEntry.LAST_DAY, lastDay,
                NewWaitlistEntry.FROM_TIME, fromTime,
                NewWaitlistEntry.TO_TIME, toTime);
    }

    void refresh() {
        entries.removeAll();
        var mine = waitlist.mine();
        if (mine.isEmpty()) {
            entries.add(new Paragraph(getTranslation("waitlist.none")));
        }
        for (WaitlistEntry entry : mine) {
            entries.add(card(entry));
        }
    }

    private Div card(WaitlistEntry entry) {
        var card = new Div();
        card.addClassName("waitlist-entry");
        card.getStyle()
                .set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Formats formats = Formats.current();
        card.add(
                new Div(new Span(entry.doctorName())),
                new Div(new Span(getTranslation(
                        "waitlist.range",
                        formats.day(entry.firstDay()),
                        formats.day(entry.lastDay()),
                        formats.time(entry.fromTime()),
                        formats.time(entry.toTime())))));
        var leave = new Button(getTranslation("waitlist.leave"), event -> {
            waitlist.leave(entry.id());
            refresh();
        });
        leave.addClassName("leave");
        leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        WaitlistEntry.Offer offer = entry.offer();
        if (offer != null) {
            var text = new Span(getTranslation(
                    "waitlist.offer",
                    formats.day(offer.date()),
                    formats.time(offer.startTime()),
                    formats.time(offer.expiresAt().atZone(clock.getZone()).toLocalTime())));
            text.addClassName("offer");
            var take = new Button(getTranslation("waitlist.accept"), event -> accept(offer));
            take.addClassName("accept");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            var decline = new Button(getTranslation("waitlist.decline"), event -> {
                waitlist.decline(offer.offerId());
                refresh();
            });
            decline.addClassName("decline");
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(new Div(text), new Div(take, decline, leave));
        } else {
            card.add(new Div(leave));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waitlist.pageTitle");
    }

    void accept(WaitlistEntry.Offer offer) {
        try {
            waitlist.accept(offer.offerId());
            Formats formats = Formats.current();
            Notification.show(getTranslation(
                            "waitlist.booked", formats.day(offer.date()), formats.time(offer.startTime())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            Notification.show(String.join(" ", refused.fieldErrors().values()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
