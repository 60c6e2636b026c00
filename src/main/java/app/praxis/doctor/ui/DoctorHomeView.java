package app.praxis.doctor.ui;

import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.HomePanel;
import app.praxis.base.ui.component.HomePanel.Destination;
import app.praxis.base.ui.component.HomeSection;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

@Route("doctor")
@Menu(title = "My day", order = 0, icon = "vaadin:stethoscope")
@RolesAllowed(Roles.DOCTOR)
class DoctorHomeView extends Main implements HasDynamicTitle {

    DoctorHomeView(AuthenticationContext authentication, ObjectProvider<HomeSection> sections) {
        String name = SignedIn.displayName(authentication);
        setId("doctor-home");
        var home = new HomePanel(
                getTranslation("doctor.home.greeting", name),
                getTranslation("doctor.home.intro"),
                List.of(
                        new Destination(
                                getTranslation("doctor.home.appointments"),
                                "doctor/appointments",
                                getTranslation("doctor.home.appointmentsText")),
                        new Destination(
                                getTranslation("doctor.home.calendar"),
                                "doctor/calendar",
                                getTranslation("doctor.home.calendarText"))),
                List.of(getTranslation("doctor.home.next.chat"), getTranslation("doctor.home.next.payments")));
        // The day itself (today's appointments, the next free time) comes from the appointments, above this feature.
        sections.orderedStream()
                .filter(section -> section.home().equals("doctor"))
                .forEach(section -> home.addSection(section.create()));
        add(home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("doctor.home.title");
    }
}
