package app.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout's menu and top bar, drawn in the browser, read the way browserless tests can: from the properties the
 * server sent ({@link LayoutMenu}, {@link TopBar}), with "Sign out" and the language menu used by calling their
 * client-callable methods as the browser does (the server's checks run). Public for the tests of every feature.
 */
public final class MenuOnScreen {

    private MenuOnScreen() {}

    /** The menu's entries' titles, in order. */
    public static List<String> titles() {
        return menu().menu().items().stream().map(LayoutMenu.Item::title).toList();
    }

    /** Where the menu's entries lead, in order. */
    public static List<String> links() {
        return menu().menu().items().stream().map(LayoutMenu.Item::href).toList();
    }

    /** The entry marked as the page shown ({@code aria-current="page"}). */
    public static String current() {
        return menu().current();
    }

    /** The signed-in person's name in the menu's footer. */
    public static String signedInName() {
        return Optional.ofNullable(menu().menu().user())
                .map(LayoutMenu.User::name)
                .orElse("");
    }

    /** The signed-in person's role in the menu's footer. */
    public static String role() {
        return Optional.ofNullable(menu().menu().user())
                .map(LayoutMenu.User::role)
                .orElse("");
    }

    /** The avatar's photo address, if it shows one. */
    public static Optional<String> photo() {
        return menu().photo();
    }

    /** The texts of "Sign out" and of the language menu's label. */
    public static String signOutText() {
        return menu().menu().signOut();
    }

    /** The page's title in the top bar. */
    public static String heading() {
        return topBar().heading();
    }

    /** The badges shown beside the menu's entries, by entry path (only counts above zero). */
    public static Map<String, MenuBadge.Count> badges() {
        return menu().badges();
    }

    /** The badges shown in the top bar, by path (only counts above zero). */
    public static Map<String, MenuBadge.Count> topBarBadges() {
        return LayoutMenu.badges(topBar());
    }

    /** Where the top bar's links lead. */
    public static List<String> topBarLinks() {
        return topBar().links().stream().map(TopBar.Link::href).toList();
    }

    /** The top bar's links' accessible names. */
    public static List<String> topBarLabels() {
        return topBar().links().stream().map(TopBar.Link::label).toList();
    }

    /** The languages the menu offers, by their own names, and the one shown as chosen. */
    public static List<String> languages() {
        return menu().menu().languages().stream().map(LayoutMenu.Choice::label).toList();
    }

    public static String languageShown() {
        return menu().menu().language();
    }

    /** Chooses a language by its own name ("Deutsch"), as the browser's call would. */
    public static void chooseLanguage(String name) {
        LayoutMenu menu = menu();
        menu.choose(menu.menu().languages().stream()
                .filter(choice -> choice.label().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no language " + name + " in the menu"))
                .value());
    }

    /** Sends a language choice with any tag, as a forged call would. */
    public static void sendLanguage(String tag) {
        menu().choose(tag);
    }

    /** Clicks "Sign out", as the browser's call would. */
    public static void signOut() {
        menu().signOut();
    }

    /** Takes the layout off the screen (its badges stop following their counts), as leaving the UI does. */
    public static void leave() {
        layouts().toList().forEach(layout -> layout.getElement().removeFromParent());
    }

    static LayoutMenu menu() {
        return descendants(UI.getCurrent())
                .filter(LayoutMenu.class::isInstance)
                .map(LayoutMenu.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu on screen"));
    }

    static TopBar topBar() {
        return descendants(UI.getCurrent())
                .filter(TopBar.class::isInstance)
                .map(TopBar.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no top bar on screen"));
    }

    private static Stream<MainLayout> layouts() {
        return descendants(UI.getCurrent()).filter(MainLayout.class::isInstance).map(MainLayout.class::cast);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(MenuOnScreen::descendants));
    }
}
