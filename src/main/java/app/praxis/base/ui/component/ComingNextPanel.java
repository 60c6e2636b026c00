package app.praxis.base.ui.component;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** A home page that says honestly what is ready and what comes next, rather than pretending. */
public class ComingNextPanel extends Composite<Div> {

    public ComingNextPanel(String greeting, String intro, List<String> comingNext) {
        var list = new UnorderedList();
        comingNext.forEach(item -> list.add(new ListItem(item)));
        getContent().addClassNames("praxis-page");
        getContent().add(new H2(greeting), new Paragraph(intro), new H3("Coming next"), list);
    }
}
