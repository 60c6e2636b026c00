package app.praxis.base.ui;

import app.praxis.base.Language;
import app.praxis.base.SignedInPhoto;
import app.praxis.base.UserActivity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The signed-in frame. The menu is built from {@code @Menu} on views, filtered by their access annotations,
 * so each role sees only its own entries. Features above {@code base} add live counts to entries through
 * {@link MenuBadge} beans.
 *
 * <p>The drawer's content and the top bar are one element each, drawn in the browser from a few properties (issue
 * 18: every page of every role carries the layout, which as server-side components was about 45 state nodes): the
 * server keeps only the app layout, the drawer toggle, {@link LayoutMenu} and {@link TopBar}.
 *
 * <p>The frame is Vaadin's {@code <vaadin-app-layout>} and {@code <vaadin-drawer-toggle>} as plain elements, not
 * their Java components (issue 18): {@link AppLayout} synchronizes the drawer's state and the phone layout to the
 * server, and {@link DrawerToggle} is a button with a click listener, so every tap on a phone's menu button was a
 * request to the server, and every session kept four DOM listeners for them. The browser opens and closes the drawer
 * by itself, and the page closes it on a phone after each navigation. {@code @Uses} brings their browser code.
 *
 * <p>{@code @Uses}/{@code @JsModule}: the browser code of what higher features contribute to the pages at run time
 * (the review feature's list on a doctor's page and its rating dialog on My appointments' cards, found by Spring
 * through {@code DoctorPageSection}/{@code AppointmentSection}). Vaadin's production build includes only what it
 * reaches from the routes and this layout by class references, which cannot follow such contributions, so they are
 * named here (a layout's imports go into the first download: ≈ 4 KB on the sign-in page). {@code ProductionBundleTest}
 * fails when one is missing.
 */
@Layout
@Tag("vaadin-app-layout")
@Uses(AppLayout.class)
@Uses(DrawerToggle.class)
@Uses(RadioButtonGroup.class)
@JsModule("./reviews/praxis-review-list.js")
@PermitAll
public class MainLayout extends Component implements RouterLayout, AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final ObjectProvider<SignedInPhoto> photos;
    private final LayoutMenu menu;
    private final TopBar topBar;
    private @Nullable Component content;

    public MainLayout(
            AuthenticationContext authentication,
            List<MenuBadge> badges,
            ObjectProvider<SignedInPhoto> photos,
            PageLanguage locales) {
        this.authentication = authentication;
        this.photos = photos;
        getElement().setProperty("primarySection", "drawer");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        List<MenuBadge> shown = badges.stream()
                .filter(badge -> entries.stream().anyMatch(entry -> path(entry).equals(badge.path())))
                .toList();
        menu = new LayoutMenu(menu(entries, shown), authentication::logout, locales::choose);
        topBar = new TopBar(navbarLinks(entries, shown));
        getElement()
                .appendChild(
                        menu.getElement().setAttribute("slot", "drawer"),
                        new Element("vaadin-drawer-toggle")
                                .setAttribute("aria-label", getTranslation("base.menu"))
                                .setAttribute("slot", "navbar"),
                        topBar.getElement().setAttribute("slot", "navbar"));
        // An open UI asks the server now and then even when idle, so an account deactivated meanwhile is signed out
        // within seconds (the server ends its session on the next request).
        // Its polls are not the person's activity: marked, so they do not defeat the idle timeout (UserActivity).
        // The badges follow their counts while the layout is on screen, and let go of what they listen to when it
        // leaves.
        addAttachListener(event -> {
            UI ui = event.getUI();
            ui.setPollInterval(POLL_MILLIS);
            var polls = ui.addPollListener(poll -> markPollRequest());
            List<Registration> watches = new ArrayList<>();
            shown.forEach(badge -> watches.add(badge.watch(ui, count -> {
                menu.badge(badge.path(), count);
                topBar.badge(badge.path(), count);
            })));
            addDetachListener(detach -> {
                polls.remove();
                watches.forEach(Registration::remove);
                detach.unregisterListener();
            });
        });
    }

    private static void markPollRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(UserActivity.POLL_ATTRIBUTE, Boolean.TRUE);
        }
    }

    /** The page, in the layout's content area (the children without a slot). */
    @Override
    public void showRouterLayoutContent(HasElement page) {
        Component shown = page.getElement().getComponent().orElseThrow();
        if (content != null) {
            content.getElement().removeFromParent();
        }
        content = shown;
        getElement().appendChild(shown.getElement());
    }

    /** The page leaves for one without this layout: not kept after it. */
    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
        content = null;
    }

    /** The page's own title in the top bar, which is all of the frame a phone shows while the menu is closed. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component page = Objects.requireNonNull(content);
        topBar.heading(MenuConfiguration.getPageHeader(page)
                .map(title -> title.replace(" · Praxis", ""))
                .orElse(""));
        menu.current(event.getLocation().getPath());
        // A new page opens at its top: the layout's scroller would otherwise keep the last page's position (after
        // "Book" at the foot of the booking page, My appointments opened scrolled past its first cards). On a phone
        // the drawer closes after any navigation, also one the server started, as Vaadin's AppLayout did.
        getElement()
                .executeJs(
                        "if (this.overlay) { this.drawerOpened = false; } $0.scrollIntoView({block: 'start'});",
                        page.getElement());
        // The layout stays from page to page (SecurityConfig), so a photo changed on one page shows after the next.
        showPhoto();
    }

    private void showPhoto() {
        String photo = photos.stream()
                .flatMap(source -> source.signedInPhoto().stream())
                .findFirst()
                .orElse(null);
        menu.photo(photo == null || photo.isBlank() ? null : Avatars.url(photo));
    }

    /** How often an idle signed-in UI checks in with the server. */
    public static final int POLL_MILLIS = 10_000;

    private LayoutMenu.Menu menu(List<MenuEntry> entries, List<MenuBadge> badges) {
        var items = entries.stream()
                .map(entry -> new LayoutMenu.Item(
                        path(entry),
                        title(entry),
                        entry.icon() == null ? null : iconSymbol(entry.icon()),
                        badgeOf(entry, badges).isPresent()))
                .toList();
        var user = SignedIn.user(authentication)
                .map(signedIn -> new LayoutMenu.User(signedIn.displayName(), getTranslation(signedIn.roleLabelKey())))
                .orElse(null);
        return new LayoutMenu.Menu(
                "Praxis",
                getTranslation("base.mainMenu"),
                items,
                user,
                getTranslation("base.signOut"),
                getTranslation("base.language"),
                PageLanguage.current().tag(),
                Arrays.stream(Language.values())
                        .map(language -> new LayoutMenu.Choice(language.tag(), language.nativeName()))
                        .toList());
    }

    /** The same badges in the top bar, which a phone shows while the menu is closed; each leads to its page. */
    private static List<TopBar.Link> navbarLinks(List<MenuEntry> entries, List<MenuBadge> badges) {
        return entries.stream()
                .flatMap(entry -> badgeOf(entry, badges).stream()
                        .map(badge -> new TopBar.Link(
                                badge.path(),
                                iconSymbol(entry.icon() == null ? "vaadin:bell" : entry.icon()),
                                title(entry))))
                .toList();
    }

    private static Optional<MenuBadge> badgeOf(MenuEntry entry, List<MenuBadge> badges) {
        String path = path(entry);
        return badges.stream().filter(badge -> badge.path().equals(path)).findFirst();
    }

    private static String path(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
    }

    /** Where the menu's icons are: a small sprite of the Vaadin icons it uses (see {@link #iconSymbol}). */
    static final String MENU_ICONS = "images/menu-icons.svg";

    /**
     * A menu icon named as in {@code @Menu(icon = "vaadin:calendar")}: its symbol in {@link #MENU_ICONS}, drawn
     * rather than Vaadin's whole icon set: the layout loads with every page, and the set's code (about 56 KB
     * compressed) came with the sign-in page too (issue 18: page weight). {@code MenuIconsTest} checks every menu
     * icon is there.
     */
    static String iconSymbol(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    /**
     * A menu entry's title in the page's language: the key {@code menu.<path with dots>} (e.g.
     * {@code menu.doctor.calendar}) in the bundle of the feature that owns the view, else the {@code @Menu} title.
     */
    static String title(MenuEntry entry) {
        String path = path(entry);
        String key = "menu." + (path.isEmpty() ? "home" : path.replace('/', '.'));
        UI ui = UI.getCurrent();
        if (ui == null) {
            return entry.title();
        }
        String translated = ui.getTranslation(key);
        return translated.equals("!" + key + "!") ? entry.title() : translated;
    }
}
