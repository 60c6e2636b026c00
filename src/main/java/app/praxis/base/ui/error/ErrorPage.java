package app.praxis.base.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The body of every error page: a title, one sentence, a way home. Never a stack trace, an exception message or
 * a list of routes. Shown inside the app's layout (MainLayout) for a signed-in person.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();

    private final String titleKey;

    /** @param titleKey the key of the browser tab's title */
    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
        setId("error-page");
        addClassNames("praxis-page");
        add(title, text, new Anchor("", getTranslation("base.error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    /** Shows the texts of these keys (the sentence with {@code args}). */
    void show(String headingKey, String sentenceKey, Object... args) {
        title.setText(getTranslation(headingKey));
        text.setText(getTranslation(sentenceKey, args));
    }
}
