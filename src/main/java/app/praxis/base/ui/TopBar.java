package app.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/**
 * The top bar beside the drawer toggle as one element ({@code praxis-top-bar} in
 * {@code frontend/layout/praxis-menu.js}): the page's title, which is all of the frame a phone shows while the
 * menu is closed, and a link to each page with a count (Messages) with its icon and badge.
 */
@Tag("praxis-top-bar")
@JsModule("./layout/praxis-menu.js")
class TopBar extends Component {

    private static final TypeReference<List<Link>> LINKS = new TypeReference<>() {};

    /** A link with a count: where it leads, its icon's symbol, its accessible name. */
    record Link(String href, String icon, String label) {}

    TopBar(List<Link> links) {
        getElement().setProperty("heading", "");
        getElement().setProperty("links", LayoutMenu.JSON.writeValueAsString(links));
        getElement().setProperty("badges", "{}");
    }

    void heading(String heading) {
        getElement().setProperty("heading", heading);
    }

    String heading() {
        return getElement().getProperty("heading", "");
    }

    List<Link> links() {
        return LayoutMenu.JSON.readValue(getElement().getProperty("links", "[]"), LINKS);
    }

    void badge(String path, MenuBadge.Count count) {
        LayoutMenu.setBadge(this, path, count);
    }
}
