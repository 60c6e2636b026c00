package app.praxis.doctor.ui;

import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.ComingNextPanel;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Anchor;
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
        add(new ComingNextPanel(
                "Good to see you, Dr. " + name,
                "Your day's appointments will live here.",
                List.of(
                        "Today's and upcoming appointments, with each patient's record",
                        "Chat with your patients, with unread messages marked")));
        // A plain link: the calendar lives in a feature above this one, which this package must not depend on.
        var calendar = new Anchor("doctor/calendar", "Open your calendar: weekly hours, time off and slots");
        calendar.setId("open-calendar");
        calendar.addClassNames("praxis-page");
        add(calendar);
    }
}
