package app.praxis.admin.ui;

import app.praxis.base.ui.SignedIn;
import app.praxis.base.ui.component.ComingNextPanel;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("admin")
@PageTitle("Clinic · Praxis")
@Menu(title = "Clinic", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
class AdminHomeView extends Main {

    AdminHomeView(AuthenticationContext authentication) {
        String name = SignedIn.displayName(authentication);
        setId("admin-home");
        add(new ComingNextPanel(
                "Welcome, " + name,
                "You run the clinic from here. Doctor and admin accounts can already be created by the"
                        + " clinic's services; their screens follow.",
                List.of(
                        "Dashboard: appointments, revenue and no-show rates, with charts",
                        "Users: doctors, patients and admins; activate and deactivate accounts",
                        "Specializations and doctors' profiles",
                        "Payments and refunds",
                        "Any doctor's calendar")));
    }
}
