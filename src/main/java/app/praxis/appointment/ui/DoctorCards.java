package app.praxis.appointment.ui;

import app.praxis.appointment.DoctorCard;
import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.ui.Avatars;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's doctor cards as JSON for the browser ({@code frontend/appointments/praxis-directory.js} draws
 * them): photo or initials, who they are, what they cost, when they are next free, and their next free times.
 * Everything on a card is a plain link (the doctor's page, or the booking page with a time chosen, as
 * {@code doctors/7?slot=123}), which Vaadin's client router follows as a navigation: the server hears no event
 * from the list at all. As server-side components each card was about a dozen of them (issue 18: memory per
 * session); here the list is one string of the directory's element.
 */
final class DoctorCards {

    /**
     * Everything beyond ASCII (€, –, ★, ·) written as JSON's six-character escape (a backslash, u, four hex digits), which the browser's
     * {@code JSON.parse} reads back: the property's string then holds only Latin-1 characters, which the JVM stores
     * at one byte a character instead of two (a single € made the whole string two bytes a character; issue 18:
     * the string stays in the session's memory while the page is open).
     */
    static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final TypeReference<List<Card>> CARDS = new TypeReference<>() {};

    /** One of the next free times: its text ("Thu 3 Dec, 09:00"), what a screen reader says, where it leads. */
    record Time(long slotId, String text, String label, String href) {}

    /** One doctor: name and link, the avatar's name and photo address (null: initials), facts, next free, times. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Card(
            long doctorId,
            String name,
            String href,
            String fullName,
            @Nullable String photo,
            String facts,
            String next,
            List<Time> times) {

        /** All the card's texts, as a person reads them. */
        String text() {
            var texts = new ArrayList<>(List.of(name, facts, next));
            times.forEach(time -> texts.add(time.text()));
            return String.join("\n", texts);
        }
    }

    private DoctorCards() {}

    /** The card of a doctor with their soonest free times, every text in the page's language. */
    static Card card(DoctorCard card, List<BookableSlot> soonest) {
        Formats formats = Formats.current();
        String href = "doctors/" + card.doctorId();
        return new Card(
                card.doctorId(),
                "Dr. " + card.fullName(),
                href,
                card.fullName(),
                card.photo() == null || card.photo().isBlank() ? null : Avatars.url(card.photo()),
                String.join(" · ", facts(card)),
                card.nextFreeSlot() == null
                        ? I18NProvider.translate("appointment.directory.noFreeTime")
                        : I18NProvider.translate("appointment.directory.nextFree", formats.when(card.nextFreeSlot())),
                soonest.stream()
                        .map(slot -> new Time(
                                slot.id(),
                                formats.shortDay(slot.date()) + ", " + formats.time(slot.startTime()),
                                I18NProvider.translate(
                                        "appointment.directory.bookTime",
                                        card.fullName(),
                                        formats.when(slot.startsAt())),
                                href + "?slot=" + slot.id()))
                        .toList());
    }

    /** The cards as the element's JSON. */
    static String json(List<Card> cards) {
        return JSON.writeValueAsString(cards);
    }

    /** The cards that {@link #json} wrote. */
    static List<Card> read(String json) {
        return JSON.readValue(json, CARDS);
    }

    private static List<String> facts(DoctorCard card) {
        var facts = new ArrayList<String>();
        facts.add(
                card.specialization() == null
                        ? I18NProvider.translate("appointment.directory.generalPractice")
                        : card.specialization());
        if (card.yearsExperience() != null) {
            facts.add(I18NProvider.translate("appointment.directory.experience", card.yearsExperience()));
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
                Formats.current().decimal(rating.setScale(1, RoundingMode.HALF_UP), 1),
                reviews);
    }
}
