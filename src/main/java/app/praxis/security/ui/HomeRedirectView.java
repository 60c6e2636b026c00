package app.praxis.security.ui;

import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** "/" after sign-in: each role lands on its own home. */
@Route(value = "", autoLayout = false)
@PermitAll
class HomeRedirectView extends Div implements BeforeEnterObserver {

    static final String ADMIN_HOME = "admin";
    static final String DOCTOR_HOME = "doctor";
    static final String PATIENT_HOME = "patient";

    private final AuthenticationContext authentication;

    HomeRedirectView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Roles.ADMIN)) {
            event.forwardTo(ADMIN_HOME);
        } else if (authentication.hasRole(Roles.DOCTOR)) {
            event.forwardTo(DOCTOR_HOME);
        } else {
            event.forwardTo(PATIENT_HOME);
        }
    }
}
