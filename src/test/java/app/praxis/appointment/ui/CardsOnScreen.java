package app.praxis.appointment.ui;

import app.praxis.appointment.ui.AppointmentCards.Card;
import app.praxis.appointment.ui.AppointmentSection.Action;
import app.praxis.appointment.ui.AppointmentSection.Download;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The appointment cards drawn in the browser, read the way browserless tests can: from the JSON property the
 * server sent ({@link AppointmentCards}), with their buttons clicked by firing the element's event as the browser
 * would (the server's checks run) and their downloads asked for as the browser's request would. Public for the
 * tests of the features that contribute parts (payment, review, chat).
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
        return lists().filter(list -> list.getId().orElse("").equals(listId))
                .flatMap(list -> list.cards().stream())
                .map(CardsOnScreen::shown)
                .toList();
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

    /** Clicks the first button with this class name, as the browser does: one event with the card's id and action. */
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

    /** Sends an action for any appointment id, as a forged or stale event would; what the server then does is the test's. */
    public static void send(String listId, long appointmentId, String action) {
        lists().filter(list -> list.getId().orElse("").equals(listId))
                .findFirst()
                .orElseThrow()
                .act(appointmentId, action);
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
        return lists().filter(list -> list.getId().orElse("").equals(listId))
                .findFirst()
                .orElseThrow()
                .download(appointmentId, file);
    }

    private static Shown shown(Card card) {
        return new Shown(card.id(), card.status(), card.text());
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
