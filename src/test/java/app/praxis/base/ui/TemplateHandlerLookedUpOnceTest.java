package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

/**
 * The context's lookup asks for the template handler once, when wrapped, and answers every later call from that,
 * while every other lookup still reaches Vaadin's. That the running app uses it, and that calls from the browser
 * work through it, is shown by {@code LayoutJourneyTest} and the other browser journeys (a time clicked, "Book").
 */
class TemplateHandlerLookedUpOnceTest {

    private final List<Class<?>> asked = new ArrayList<>();
    private final ApplicationConfiguration configuration = mock(ApplicationConfiguration.class);
    private final Lookup vaadins = new Lookup() {
        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == ApplicationConfiguration.class ? serviceClass.cast(configuration) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return List.of();
        }
    };

    @Test
    void theTemplateHandlerIsAskedForOnceAndEverythingElseAsBefore() {
        var context = new VaadinServletContext(new MockServletContext());
        context.setAttribute(Lookup.class, vaadins);

        TemplateHandlerLookedUpOnce.install(context);
        TemplateHandlerLookedUpOnce.install(context); // a second service on the same context
        Lookup lookup = context.getAttribute(Lookup.class);
        for (int call = 0; call < 3; call++) {
            assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
        }

        assertThat(asked).containsExactly(DeprecatedPolymerPublishedEventHandler.class);
        assertThat(lookup.lookup(ApplicationConfiguration.class)).isSameAs(configuration);
        assertThat(lookup.lookupAll(ApplicationConfiguration.class)).isEmpty();
        assertThat(asked)
                .containsExactly(
                        DeprecatedPolymerPublishedEventHandler.class,
                        ApplicationConfiguration.class,
                        ApplicationConfiguration.class);
    }

    @Test
    void aContextWithoutLookupIsLeftAlone() {
        var context = new VaadinServletContext(new MockServletContext());

        TemplateHandlerLookedUpOnce.install(context);

        assertThat(context.getAttribute(Lookup.class)).isNull();
    }
}
