package app.praxis.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in frame. The menu is built from {@code @Menu} on views, filtered by their access annotations,
 * so each role sees only its own entries.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var brand = new H1("Praxis");
        brand.addClassNames("praxis-brand");
        addToDrawer(brand, new Scroller(menu()), userFooter(authentication));
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(toggle);
        // An open UI asks the server now and then even when idle, so an account deactivated meanwhile is signed out
        // within seconds (the server ends its session on the next request).
        addAttachListener(event -> event.getUI().setPollInterval(POLL_MILLIS));
    }

    /** How often an idle signed-in UI checks in with the server. */
    public static final int POLL_MILLIS = 10_000;

    private static SideNav menu() {
        var nav = new SideNav();
        nav.setId("main-menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Div userFooter(AuthenticationContext authentication) {
        var footer = new Div();
        footer.addClassNames("praxis-user");
        SignedIn.user(authentication).ifPresent(user -> {
            var name = new Span(user.displayName());
            name.setId("signed-in-user");
            footer.add(name, new Span(user.roleLabel()));
        });
        var logout = new Button("Sign out", event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footer.add(logout);
        return footer;
    }
}
