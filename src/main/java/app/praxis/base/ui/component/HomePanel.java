package app.praxis.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A role's home: links to what is ready, and an honest list of what comes next. Links are plain routes, so a
 * home in a lower feature can point at screens of higher ones without depending on them.
 *
 * <p>Its texts and links are static HTML (two {@link Html} elements: the greeting above any section a feature adds,
 * the links below), every text escaped, instead of a component per heading, link and list item (issue 18: about 20
 * state nodes on every home page). The links are plain {@code <a href>}s, which Vaadin's router follows.
 */
public class HomePanel extends Composite<Div> {

    /** A screen that exists: its label, route and what it is for. */
    public record Destination(String label, String route, String description) {}

    private final Html links;

    public HomePanel(String greeting, String intro, List<Destination> ready, List<String> comingNext) {
        getContent().addClassNames("praxis-page");
        var head = new Element("div").addClass("praxis-home-head");
        head.appendElement("h2").text(greeting);
        head.appendElement("p").text(intro);
        var body = new Element("div").addClass("praxis-home-links");
        var list = body.appendElement("ul");
        ready.forEach(destination -> {
            var item = list.appendElement("li");
            item.appendElement("a")
                    .attr("id", "go-" + destination.route().replace('/', '-'))
                    .attr("href", destination.route())
                    .text(destination.label());
            item.appendElement("span").text(" — " + destination.description());
        });
        if (!comingNext.isEmpty()) {
            body.appendElement("h3").text(I18NProvider.translate("base.home.comingNext"));
            var next = body.appendElement("ul");
            comingNext.forEach(text -> next.appendElement("li").text(text));
        }
        links = new Html(body.outerHtml());
        getContent().add(new Html(head.outerHtml()), links);
    }

    /** Adds a feature's part of the home (the doctor's day) below the greeting, above the links. */
    public void addSection(Component section) {
        getContent().addComponentAtIndex(getContent().getComponentCount() - 1, section);
    }

    /** Where the home's links lead, read back from what was sent to the browser. */
    public List<String> links() {
        return Jsoup.parseBodyFragment(links.getInnerHtml()).select("a[id^=go-]").stream()
                .map(link -> link.attr("href"))
                .toList();
    }

    /** All the panel's texts as a person reads them (its own; not those of added sections). */
    public String text() {
        return getContent()
                .getChildren()
                .filter(Html.class::isInstance)
                .map(html ->
                        Jsoup.parseBodyFragment(((Html) html).getInnerHtml()).text())
                .reduce((first, second) -> first + " " + second)
                .orElse("");
    }
}
