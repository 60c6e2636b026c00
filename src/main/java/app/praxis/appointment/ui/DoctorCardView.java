package app.praxis.appointment.ui;

import app.praxis.appointment.DoctorCard;
import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.ui.Avatars;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One doctor in the directory: photo or initials, who they are, what they cost, when they are next free. */
class DoctorCardView extends Composite<Div> {

    final RouterLink name;
    /** The next free times; each opens the booking page with that time chosen, to give a reason and confirm. */
    final List<Button> nextTimes = new ArrayList<>();

    DoctorCardView(DoctorCard card) {
        this(card, List.of());
    }

    DoctorCardView(DoctorCard card, List<BookableSlot> soonest) {
        var avatar = Avatars.of(card.fullName(), card.photo());
        name = new RouterLink(
                "Dr. " + card.fullName(),
                DoctorView.class,
                new RouteParameters("doctorId", String.valueOf(card.doctorId())));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "doctor-card-link");
        var facts = new Div();
        facts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Formats formats = Formats.current();
        facts.setText(String.join(" · ", facts(card)));
        var next = new Span(
                card.nextFreeSlot() == null
                        ? getTranslation("appointment.directory.noFreeTime")
                        : getTranslation("appointment.directory.nextFree", formats.when(card.nextFreeSlot())));
        next.addClassNames(LumoUtility.FontSize.SMALL);
        var text = new Div(name, facts, next);
        text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Overflow.HIDDEN);
        text.getStyle().set("min-width", "0").set("overflow-wrap", "anywhere");
        getContent()
                .addClassNames(
                        "doctor-card",
                        LumoUtility.Display.FLEX,
                        LumoUtility.Gap.MEDIUM,
                        LumoUtility.Padding.MEDIUM,
                        LumoUtility.Border.ALL,
                        LumoUtility.BorderColor.CONTRAST_10,
                        LumoUtility.BorderRadius.MEDIUM);
        getContent().add(avatar, text);
        if (!soonest.isEmpty()) {
            var times = new Div();
            times.addClassNames("doctor-card-times");
            soonest.forEach(slot -> {
                var button = new Button(formats.shortDay(slot.date()) + ", " + formats.time(slot.startTime()));
                button.setAriaLabel(getTranslation(
                        "appointment.directory.bookTime", card.fullName(), formats.when(slot.startsAt())));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.getElement().setAttribute("data-slot-id", String.valueOf(slot.id()));
                button.addClickListener(event -> button.getUI()
                        .ifPresent(ui -> ui.navigate(
                                "doctors/" + card.doctorId(), QueryParameters.of("slot", String.valueOf(slot.id())))));
                nextTimes.add(button);
                times.add(button);
            });
            text.add(times);
        }
    }

    private List<String> facts(DoctorCard card) {
        var facts = new ArrayList<String>();
        facts.add(
                card.specialization() == null
                        ? getTranslation("appointment.directory.generalPractice")
                        : card.specialization());
        if (card.yearsExperience() != null) {
            facts.add(getTranslation("appointment.directory.experience", card.yearsExperience()));
        }
        if (card.clinicName() != null) {
            facts.add(card.clinicName());
        }
        facts.add(Formats.current().money(card.fee()));
        facts.add(rating(card.rating(), card.reviewCount()));
        return facts;
    }

    /** "★ 4.6 · 38 reviews", or "New" for a doctor nobody has rated yet (never 0). */
    static String rating(@Nullable BigDecimal rating, int reviews) {
        if (rating == null || reviews == 0) {
            return I18NProvider.translate("appointment.directory.newDoctor");
        }
        return I18NProvider.translate(
                "appointment.directory.rating",
                Formats.current().decimal(rating.setScale(1, java.math.RoundingMode.HALF_UP), 1),
                reviews);
    }
}
