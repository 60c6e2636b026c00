package app.praxis.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.change.MapPutChange;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18, round 28: the elements we draw in the browser report what a person did by calling their components'
 * client-callable methods, so the server keeps no DOM event listener for them. Each listener cost every open page
 * its settings, wrapper and maps in the session's memory; a method is the class's, not the session's.
 */
@IntegrationTest
class ServerListenersTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePatientsPagesKeepNoListenerForTheMenuTheFreeTimesOrTheCards() {
        String name = "Listeners" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(name);
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        PatientSummary patient = fixture.quickPatient(name);
        SignIn.as(patient.userId(), Roles.PATIENT);

        UI.getCurrent().navigate("");
        assertThat(listenersOf("praxis-menu"))
                .containsOnlyKeys("praxis-menu")
                .allSatisfy((tag, events) -> assertThat(events).isEmpty());

        UI.getCurrent().navigate("doctors/" + doctor.doctorId());
        assertThat(listenersOf("praxis-menu", "praxis-slot-week"))
                .containsOnlyKeys("praxis-menu", "praxis-slot-week")
                .allSatisfy((tag, events) -> assertThat(events).isEmpty());

        UI.getCurrent().navigate("appointments");
        assertThat(listenersOf("praxis-menu", "praxis-my-appointments"))
                .containsOnlyKeys("praxis-menu", "praxis-my-appointments")
                .allSatisfy((tag, events) -> assertThat(events).isEmpty());
    }

    @Test
    void theDoctorsCalendarKeepsNoListenerForTheCalendar() {
        DoctorSummary doctor =
                fixture.doctor("Listeners" + UUID.randomUUID().toString().substring(0, 8));
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        UI.getCurrent().navigate("doctor/calendar");

        assertThat(listenersOf("praxis-menu", "praxis-full-calendar"))
                .containsOnlyKeys("praxis-menu", "praxis-full-calendar")
                .allSatisfy((tag, events) -> assertThat(events).isEmpty());
    }

    /**
     * The events the server listens to on the page's elements with these tags (the view's and its layouts' trees), by
     * tag (a tag not on the page: absent).
     */
    private static Map<String, Set<String>> listenersOf(String... tags) {
        Set<String> wanted = Set.of(tags);
        Map<String, Set<String>> found = new LinkedHashMap<>();
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .flatMap(target -> elements(target.getElement()))
                .filter(element -> !element.isTextNode() && wanted.contains(element.getTag()))
                .distinct()
                .forEach(element -> found.computeIfAbsent(element.getTag(), tag -> new TreeSet<>())
                        .addAll(eventTypes(element)));
        return found;
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ServerListenersTest::elements));
    }

    /** The event types in the element's listener map, read as the map would send them to a new browser. */
    private static Set<String> eventTypes(Element element) {
        Set<String> types = new TreeSet<>();
        element.getNode().getFeatureIfInitialized(ElementListenerMap.class).ifPresent(listeners -> {
            listeners.generateChangesFromEmpty();
            listeners.collectChanges(change -> {
                if (change instanceof MapPutChange put) {
                    types.add(put.getKey());
                }
            });
        });
        return types;
    }
}
