package app.praxis.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A live count beside a menu entry, contributed by a feature above {@code base} as a Spring bean (the chat's
 * unread messages), so the layout shows it without knowing the feature.
 */
public interface MenuBadge {

    /** The route path of the menu entry it belongs to, without a leading slash (e.g. "messages"). */
    String path();

    /**
     * A new badge component for one layout; it keeps itself up to date while attached and lets go of whatever it
     * listens to when detached.
     */
    Component create();
}
