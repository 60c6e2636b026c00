package app.praxis.doctor.ui;

import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.HomePanel;
import app.praxis.base.ui.component.HomePanel.Destination;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("doctor")
@PageTitle("My day · Praxis")
@Menu(title = "My day", order = 0, icon = "vaadin:stethoscope")
@RolesAllowed(Roles.DOCTOR)
class DoctorHomeView extends Main {

    DoctorHomeView(AuthenticationContext authentication) {
        String name = SignedIn.displayName(authentication);
        setId("doctor-home");
        add(new HomePanel(
                "Good to see you, Dr. " + name,
                "Your practice at a glance.",
                List.of(
                        new Destination(
                                "Appointments",
                                "doctor/appointments",
                                "today, upcoming and awaiting an outcome, with each patient's record"),
                        new Destination("Calendar", "doctor/calendar", "weekly hours, time off and one-off slots")),
                List.of("Chat with your patients, with unread messages marked", "Your patients' payments")));
    }
}
