package app.praxis.base.ui.component;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A role's home: links to what is ready, and an honest list of what comes next. Links are plain routes, so a
 * home in a lower feature can point at screens of higher ones without depending on them.
 */
public class HomePanel extends Composite<Div> {

    /** A screen that exists: its label, route and what it is for. */
    public record Destination(String label, String route, String description) {}

    public HomePanel(String greeting, String intro, List<Destination> ready, List<String> comingNext) {
        getContent().addClassNames("praxis-page");
        getContent().add(new H2(greeting), new Paragraph(intro));
        var links = new UnorderedList();
        ready.forEach(destination -> {
            var link = new Anchor(destination.route(), destination.label());
            link.setId("go-" + destination.route().replace('/', '-'));
            links.add(new ListItem(link, new Span(" — " + destination.description())));
        });
        getContent().add(links);
        if (!comingNext.isEmpty()) {
            var list = new UnorderedList();
            comingNext.forEach(item -> list.add(new ListItem(item)));
            getContent().add(new H3(getTranslation("base.home.comingNext")), list);
        }
    }
}
