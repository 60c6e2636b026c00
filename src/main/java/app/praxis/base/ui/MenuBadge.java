package app.praxis.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * A live count beside a menu entry, contributed by a feature above {@code base} as a Spring bean (the chat's
 * unread messages), so the layout shows it without knowing the feature. The layout draws it (in the menu and the
 * top bar) from the counts it is given: the feature keeps no component of its own there.
 */
public interface MenuBadge {

    /** The route path of the menu entry it belongs to, without a leading slash (e.g. "messages"). */
    String path();

    /**
     * Starts following the signed-in person's count for one UI: {@code show} is called at once with the count
     * and again, on the UI's thread, whenever it changes, until the returned registration is removed (the layout
     * removes it when it is detached).
     */
    Registration watch(UI ui, Consumer<Count> show);

    /** A count as shown: the number, its text ("3", "99+") and what a screen reader says ("3 unread messages"). */
    record Count(long value, String text, String label) {}
}
