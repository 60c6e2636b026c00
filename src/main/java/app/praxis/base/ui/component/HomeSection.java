package app.praxis.base.ui.component;

import com.vaadin.flow.component.Component;

/**
 * A part of a role's home page contributed by a feature above the one that owns the page, as a Spring bean (the
 * doctor's day, from the appointments), so the home shows it without depending on that feature.
 */
public interface HomeSection {

    /** The route of the home it belongs to, e.g. "doctor". */
    String home();

    /** A new component for one page, filled for the signed-in user. */
    Component create();
}
