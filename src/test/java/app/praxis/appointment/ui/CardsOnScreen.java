package app.praxis.appointment.ui;

import app.praxis.appointment.ui.AppointmentCards.Card;
import app.praxis.appointment.ui.AppointmentSection.Action;
import app.praxis.appointment.ui.AppointmentSection.Download;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * My appointments drawn in the browser, read the way browserless tests can: from the JSON properties the server sent
 * ({@link AppointmentCards}: the page's texts sent once, the two lists' cards, the switch), with their buttons clicked
 * by calling the element's client-callable method as the browser does (the server's checks run) and their downloads
 * asked for as the browser's request would. Public for the tests of the features that contribute parts (payment,
 * review, chat).
 */
public final class CardsOnScreen {

    private CardsOnScreen() {}

    /** A card as shown: its appointment and all its texts. */
    public record Shown(long appointmentId, String status, String text) {}

    /** Every card on the current screen, list by list in page order. */
    public static List<Shown> all() {
        return lists().flatMap(list -> list.cards().stream())
                .map(CardsOnScreen::shown)
                .toList();
    }

    /** The cards of the list with this id ("upcoming-appointments", "past-appointments"). */
    public static List<Shown> in(String listId) {
        return lists().flatMap(page -> page.cards(listId).stream())
                .map(CardsOnScreen::shown)
                .toList();
    }

    /** The cards of the list with this id as the element draws them (texts, downloads, links, buttons). */
    static List<AppointmentCards.Card> cards(String listId) {
        return lists().flatMap(page -> page.cards(listId).stream()).toList();
    }

    /**
     * The page's texts around the cards as a person reads them: the heading, the switch's label, each list's
     * heading and, for an empty list, its text (with "Find a doctor" for no upcoming appointment).
     */
    public static String pageText() {
        AppointmentCards page = page();
        Map<String, String> texts = page.texts();
        var shown = new ArrayList<String>(List.of(texts.get("heading"), texts.get("reminders"), texts.get("upcoming")));
        if (page.cards(AppointmentCards.UPCOMING).isEmpty()) {
            shown.add(texts.get("nothingBooked") + " " + texts.get("findDoctor"));
        }
        shown.add(texts.get("past"));
        if (page.cards(AppointmentCards.PAST).isEmpty()) {
            shown.add(texts.get("noneYet"));
        }
        return String.join("\n", shown);
    }

    /** Whether "Nothing booked. Find a doctor" is shown (no upcoming appointment). */
    public static boolean nothingBookedShown() {
        return page().cards(AppointmentCards.UPCOMING).isEmpty();
    }

    /** Whether the reminders switch is shown on. */
    public static boolean remindersOn() {
        return page().remindersShown();
    }

    /** Turns the reminders switch as a person does in the browser (one call with its new state). */
    public static void turnReminders(boolean on) {
        page().turnReminders(on);
    }

    /** The texts of the parts with this class name (e.g. "payment-section"), card by card. */
    public static List<String> parts(String className) {
        return lists().flatMap(list -> list.cards().stream())
                .flatMap(card -> card.parts().stream())
                .filter(part -> part.className().equals(className))
                .map(part -> String.join(
                        "\n",
                        Stream.of(
                                        part.lines().stream().map(AppointmentSection.Line::text),
                                        part.downloads().stream().map(Download::text),
                                        part.actions().stream().map(Action::text))
                                .flatMap(texts -> texts)
                                .toList()))
                .toList();
    }

    /** The buttons with this class name on every card shown, their texts. */
    public static List<String> buttons(String className) {
        return lists().flatMap(list -> list.cards().stream())
                .flatMap(card -> Stream.concat(
                        card.actions().stream(), card.parts().stream().flatMap(part -> part.actions().stream())))
                .filter(action -> action.className().equals(className))
                .map(Action::text)
                .toList();
    }

    /** The download links with this class name on every card shown, their texts. */
    public static List<String> downloads(String className) {
        return lists().flatMap(list -> list.cards().stream())
                .flatMap(Card::offeredDownloads)
                .filter(download -> download.className().equals(className))
                .map(Download::text)
                .toList();
    }

    /** The hrefs of the plain links with this class name on every card shown. */
    public static List<String> links(String className) {
        return lists().flatMap(list -> list.cards().stream())
                .flatMap(card -> card.links().stream())
                .filter(link -> link.className().equals(className))
                .map(AppointmentCards.Link::href)
                .toList();
    }

    /** Clicks the first button with this class name, as the browser does: one call with the card's id and action. */
    public static void click(String className) {
        for (AppointmentCards list : lists().toList()) {
            for (Card card : list.cards()) {
                Optional<Action> action = Stream.concat(
                                card.actions().stream(), card.parts().stream().flatMap(part -> part.actions().stream()))
                        .filter(candidate -> candidate.className().equals(className))
                        .findFirst();
                if (action.isPresent()) {
                    list.act(card.id(), action.get().action());
                    return;
                }
            }
        }
        throw new AssertionError("no button ." + className + " on the cards shown");
    }

    /** Opens the history of the first moved card and returns its entries. */
    public static List<String> openHistory() {
        for (AppointmentCards list : lists().toList()) {
            for (Card card : list.cards()) {
                if (card.moved() != null) {
                    list.act(card.id(), AppointmentCards.HISTORY);
                    return list.history(card.id()).orElseThrow();
                }
            }
        }
        throw new AssertionError("no moved card shown");
    }

    /**
     * Sends an action for any appointment id, as a forged or stale call would; what the server then does is the
     * test's. The page is one element: it checks the id against both lists ({@code listId} names the list meant).
     */
    public static void send(String listId, long appointmentId, String action) {
        page().act(appointmentId, action);
    }

    /** What the download URL answers for the first link with this class name, as the browser's request would. */
    public static Optional<AppointmentSection.File> download(String className) {
        for (AppointmentCards list : lists().toList()) {
            for (Card card : list.cards()) {
                Optional<Download> download = card.offeredDownloads()
                        .filter(candidate -> candidate.className().equals(className))
                        .findFirst();
                if (download.isPresent()) {
                    return list.download(card.id(), download.get().file());
                }
            }
        }
        throw new AssertionError("no link ." + className + " on the cards shown");
    }

    /** What the download URL answers for any appointment id and file name. */
    public static Optional<AppointmentSection.File> download(String listId, long appointmentId, String file) {
        return page().download(appointmentId, file);
    }

    private static Shown shown(Card card) {
        return new Shown(card.id(), card.status(), card.text());
    }

    private static AppointmentCards page() {
        return lists().findFirst().orElseThrow(() -> new AssertionError("My appointments is not on screen"));
    }

    private static Stream<AppointmentCards> lists() {
        return descendants(UI.getCurrent())
                .filter(AppointmentCards.class::isInstance)
                .map(AppointmentCards.class::cast)
                .filter(list -> list.isVisible());
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(CardsOnScreen::descendants));
    }
}
