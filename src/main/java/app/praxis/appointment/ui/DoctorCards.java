package app.praxis.appointment.ui;

import app.praxis.appointment.DoctorCard;
import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.ui.Avatars;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
 * The constant texts of a card ("Next free: …", "Book Dr. … on …") are sent once, the cards only with what differs
 * (issue 18). Everything on a card is a plain link (the doctor's page, or the booking page with a time chosen, as
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

    private static final TypeReference<List<Sent>> SENT = new TypeReference<>() {};

    /** One of the next free times as shown: its text ("Thu 3 Dec, 09:00"), what a screen reader says, where it leads. */
    record Time(long slotId, String text, String label, String href) {}

    /**
     * One doctor as shown: name and link, the avatar's name and photo address (null: initials), facts, next free,
     * times (composed by {@link #shown} from what was sent, as the browser composes them).
     */
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

    /**
     * One of the next free times as sent: the slot's id, its text ("Thu 3 Dec, 09:00") and its day and time in full
     * ("Thu 3 Dec 2026, 09:00"), as a JSON array. The browser composes the link and what a screen reader says.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"id", "text", "when"})
    record SentTime(long id, String text, String when) {}

    /**
     * One doctor as sent to the browser: only what differs from card to card. The name's title, the links, "Next
     * free: …", "No free time …" and each time's "Book Dr. … on …" are composed by the browser from the constant
     * texts sent once ({@link Patterns}; issue 18: they made some 40 % of the cards' string, kept per open directory).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sent(
            long id,
            String fullName,
            @Nullable String photo,
            String facts,
            @Nullable String next,
            List<SentTime> times) {}

    /**
     * The cards' constant texts, sent once with the page's other texts: "Next free: {0}" ({0} the day and time),
     * "No free time in the next weeks", "Book Dr. {0} on {1}" ({0} the doctor's name, {1} the day and time).
     */
    record Patterns(String nextFree, String noFreeTime, String bookTime) {

        static Patterns current() {
            return new Patterns(
                    I18NProvider.translate("appointment.directory.nextFree", "{0}"),
                    I18NProvider.translate("appointment.directory.noFreeTime"),
                    I18NProvider.translate("appointment.directory.bookTime", "{0}", "{1}"));
        }

        /** A pattern's places filled as the browser fills them (one pass: a name holding "{1}" stays as it is). */
        static String fill(String pattern, String... values) {
            var filled = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{'
                        && i + 2 < pattern.length()
                        && Character.isDigit(pattern.charAt(i + 1))
                        && pattern.charAt(i + 2) == '}'
                        && pattern.charAt(i + 1) - '0' < values.length) {
                    filled.append(values[pattern.charAt(i + 1) - '0']);
                    i += 2;
                } else {
                    filled.append(c);
                }
            }
            return filled.toString();
        }
    }

    private DoctorCards() {}

    /** The card of a doctor with their soonest free times as sent, every text in the page's language. */
    static Sent card(DoctorCard card, List<BookableSlot> soonest) {
        Formats formats = Formats.current();
        return new Sent(
                card.doctorId(),
                card.fullName(),
                card.photo() == null || card.photo().isBlank() ? null : Avatars.url(card.photo()),
                String.join(" · ", facts(card)),
                card.nextFreeSlot() == null ? null : formats.when(card.nextFreeSlot()),
                soonest.stream()
                        .map(slot -> new SentTime(
                                slot.id(),
                                formats.shortDay(slot.date()) + ", " + formats.time(slot.startTime()),
                                formats.when(slot.startsAt())))
                        .toList());
    }

    /** A card as the browser shows it, composed from what was sent and the constant texts. */
    static Card shown(Sent sent, Patterns patterns) {
        String href = "doctors/" + sent.id();
        return new Card(
                sent.id(),
                "Dr. " + sent.fullName(),
                href,
                sent.fullName(),
                sent.photo(),
                sent.facts(),
                sent.next() == null ? patterns.noFreeTime() : Patterns.fill(patterns.nextFree(), sent.next()),
                sent.times().stream()
                        .map(time -> new Time(
                                time.id(),
                                time.text(),
                                Patterns.fill(patterns.bookTime(), sent.fullName(), time.when()),
                                href + "?slot=" + time.id()))
                        .toList());
    }

    /** The cards as the element's JSON. */
    static String json(List<Sent> cards) {
        return JSON.writeValueAsString(cards);
    }

    /** The cards that {@link #json} wrote, as sent. */
    static List<Sent> read(String json) {
        return JSON.readValue(json, SENT);
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
