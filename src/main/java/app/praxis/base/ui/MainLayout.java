package app.praxis.base.ui;

import app.praxis.base.SignedInPhoto;
import app.praxis.base.UserActivity;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The signed-in frame. The menu is built from {@code @Menu} on views, filtered by their access annotations,
 * so each role sees only its own entries. Features above {@code base} add live counts to entries through
 * {@link MenuBadge} beans.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(
            AuthenticationContext authentication,
            List<MenuBadge> badges,
            ObjectProvider<SignedInPhoto> photos,
            PageLanguage locales) {
        setPrimarySection(Section.DRAWER);
        var brand = new H1("Praxis");
        brand.addClassNames("praxis-brand");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        this.authentication = authentication;
        this.photos = photos;
        addToDrawer(brand, new Scroller(menu(entries, badges)), userFooter(locales));
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.menu"));
        viewTitle.setId("page-header");
        viewTitle.addClassNames("praxis-page-header");
        addToNavbar(toggle, viewTitle);
        navbarBadges(entries, badges).forEach(this::addToNavbar);
        // An open UI asks the server now and then even when idle, so an account deactivated meanwhile is signed out
        // within seconds (the server ends its session on the next request).
        // Its polls are not the person's activity: marked, so they do not defeat the idle timeout (UserActivity).
        addAttachListener(event -> {
            event.getUI().setPollInterval(POLL_MILLIS);
            var polls = event.getUI().addPollListener(poll -> markPollRequest());
            addDetachListener(detach -> {
                polls.remove();
                detach.unregisterListener();
            });
        });
    }

    private final AuthenticationContext authentication;
    private final ObjectProvider<SignedInPhoto> photos;
    private final Avatar avatar = new Avatar();

    private static void markPollRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(UserActivity.POLL_ATTRIBUTE, Boolean.TRUE);
        }
    }

    private final H2 viewTitle = new H2();

    /** The page's own title in the top bar, which is all of the frame a phone shows while the menu is closed. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent())
                .map(title -> title.replace(" · Praxis", ""))
                .orElse(""));
        // A new page opens at its top: the layout's scroller would otherwise keep the last page's position (after
        // "Book" at the foot of the booking page, My appointments opened scrolled past its first cards).
        getContent().getElement().executeJs("this.scrollIntoView({block: 'start'})");
        // The layout stays from page to page (SecurityConfig), so a photo changed on one page shows after the next.
        showPhoto();
    }

    private void showPhoto() {
        String photo = photos.stream()
                .flatMap(source -> source.signedInPhoto().stream())
                .findFirst()
                .orElse(null);
        avatar.setImage(photo == null || photo.isBlank() ? null : Avatars.url(photo));
    }

    /** How often an idle signed-in UI checks in with the server. */
    public static final int POLL_MILLIS = 10_000;

    private static SideNav menu(List<MenuEntry> entries, List<MenuBadge> badges) {
        var nav = new SideNav();
        nav.setId("main-menu");
        entries.forEach(entry -> {
            SideNavItem item = item(entry);
            badgeOf(entry, badges).ifPresent(badge -> item.setSuffixComponent(badge.create()));
            nav.addItem(item);
        });
        return nav;
    }

    /** The same badges in the top bar, which a phone shows while the menu is closed; each leads to its page. */
    private static List<Anchor> navbarBadges(List<MenuEntry> entries, List<MenuBadge> badges) {
        return entries.stream()
                .flatMap(entry -> badgeOf(entry, badges).stream().map(badge -> {
                    var link = new Anchor(badge.path(), menuIcon(entry.icon() == null ? "vaadin:bell" : entry.icon()));
                    link.add(badge.create());
                    link.setAriaLabel(title(entry));
                    link.addClassNames("praxis-navbar-badge");
                    return link;
                }))
                .toList();
    }

    private static Optional<MenuBadge> badgeOf(MenuEntry entry, List<MenuBadge> badges) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return badges.stream().filter(badge -> badge.path().equals(path)).findFirst();
    }

    /** Where the menu's icons are: a small sprite of the Vaadin icons it uses (see {@link #menuIcon}). */
    static final String MENU_ICONS = "images/menu-icons.svg";

    /**
     * A menu icon named as in {@code @Menu(icon = "vaadin:calendar")}, drawn from {@link #MENU_ICONS} rather than
     * Vaadin's whole icon set: the layout loads with every page, and the set's code (about 56 KB compressed) came
     * with the sign-in page too (issue 18: page weight). {@code MenuIconsTest} checks every menu icon is there.
     */
    static SvgIcon menuIcon(String name) {
        return new SvgIcon(MENU_ICONS, name.substring(name.indexOf(':') + 1));
    }

    private static SideNavItem item(MenuEntry entry) {
        String title = title(entry);
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), menuIcon(entry.icon()));
    }

    /**
     * A menu entry's title in the page's language: the key {@code menu.<path with dots>} (e.g.
     * {@code menu.doctor.calendar}) in the bundle of the feature that owns the view, else the {@code @Menu} title.
     */
    static String title(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        String key = "menu." + (path.isEmpty() ? "home" : path.replace('/', '.'));
        UI ui = UI.getCurrent();
        if (ui == null) {
            return entry.title();
        }
        String translated = ui.getTranslation(key);
        return translated.equals("!" + key + "!") ? entry.title() : translated;
    }

    private Div userFooter(PageLanguage locales) {
        var footer = new Div();
        footer.addClassNames("praxis-user");
        SignedIn.user(authentication).ifPresent(user -> {
            avatar.setName(user.displayName());
            avatar.setId("menu-avatar");
            footer.add(avatar);
            var name = new Span(user.displayName());
            name.setId("signed-in-user");
            footer.add(name, new Span(footer.getTranslation(user.roleLabelKey())));
        });
        var logout = new Button(footer.getTranslation("base.signOut"), event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footer.add(logout, new LanguageSwitch(locales));
        return footer;
    }
}
