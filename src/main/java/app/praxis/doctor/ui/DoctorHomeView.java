package app.praxis.doctor.ui;

import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.HomePanel;
import app.praxis.base.ui.component.HomePanel.Destination;
import app.praxis.base.ui.component.HomeSection;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

@Route("doctor")
@PageTitle("My day · Praxis")
@Menu(title = "My day", order = 0, icon = "vaadin:stethoscope")
@RolesAllowed(Roles.DOCTOR)
class DoctorHomeView extends Main {

    DoctorHomeView(AuthenticationContext authentication, ObjectProvider<HomeSection> sections) {
        String name = SignedIn.displayName(authentication);
        setId("doctor-home");
        var home = new HomePanel(
                "Good to see you, Dr. " + name,
                "Your practice at a glance.",
                List.of(
                        new Destination(
                                "Appointments",
                                "doctor/appointments",
                                "today, upcoming and awaiting an outcome, with each patient's record"),
                        new Destination("Calendar", "doctor/calendar", "weekly hours, time off and one-off slots")),
                List.of("Chat with your patients, with unread messages marked", "Your patients' payments"));
        // The day itself (today's appointments, the next free time) comes from the appointments, above this feature.
        sections.orderedStream()
                .filter(section -> section.home().equals("doctor"))
                .forEach(section ->
                        home.getElement().insertChild(2, section.create().getElement()));
        add(home);
    }
}
