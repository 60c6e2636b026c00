package app.praxis.base.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The body of every error page: a title, one sentence, a way home. Never a stack trace, an exception message or
 * a list of routes. Shown inside the app's layout (MainLayout) for a signed-in person.
 */
abstract class ErrorPage extends Main {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();

    ErrorPage() {
        setId("error-page");
        addClassNames("praxis-page");
        add(title, text, new Anchor("", "Go to your home page"));
    }

    void show(String heading, String sentence) {
        title.setText(heading);
        text.setText(sentence);
    }
}
