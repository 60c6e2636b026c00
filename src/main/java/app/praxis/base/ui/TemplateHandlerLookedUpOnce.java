package app.praxis.base.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vaadin decodes each argument of a {@code @ClientCallable} call (a time clicked, "Book", the calendar's moves,
 * the menu) only after asking the context's {@link Lookup} for a Polymer template handler, and Spring's lookup
 * answers by reading every jar's {@code META-INF/services} each time ({@code ServiceLoader}, nothing cached): 4 %
 * of the booking click's CPU in a profile (issue 18, round 41). The jars do not change while the app runs, so the
 * context's lookup is wrapped to ask that once, at start; every other lookup goes to Vaadin's as before.
 */
@Component
class TemplateHandlerLookedUpOnce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        install(event.getSource().getContext());
    }

    /**
     * Wraps the servlet context's lookup, once. {@code VaadinContext} refuses to set a lookup twice (against a
     * second initializer), so the wrapper goes into the servlet context's attribute that {@code VaadinServletContext}
     * reads, under the same name; the test reads it back through {@code VaadinServletContext}.
     */
    static void install(VaadinContext context) {
        Lookup lookup = context.getAttribute(Lookup.class);
        if (context instanceof VaadinServletContext servlet && lookup != null && !(lookup instanceof Remembering)) {
            servlet.getContext().setAttribute(Lookup.class.getName(), new Remembering(lookup));
        }
    }

    /** The context's lookup with the template handler's answer (usually none: no Polymer here) kept. */
    static final class Remembering implements Lookup {

        private final Lookup vaadins;
        private final @Nullable DeprecatedPolymerPublishedEventHandler templateHandler;

        Remembering(Lookup vaadins) {
            this.vaadins = vaadins;
            this.templateHandler = vaadins.lookup(DeprecatedPolymerPublishedEventHandler.class);
        }

        @Override
        public <T> @Nullable T lookup(Class<T> serviceClass) {
            return serviceClass == DeprecatedPolymerPublishedEventHandler.class
                    ? serviceClass.cast(templateHandler)
                    : vaadins.lookup(serviceClass);
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return vaadins.lookupAll(serviceClass);
        }
    }
}
