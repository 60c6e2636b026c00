package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The application's navigation access control is Vaadin's, built from the same checkers, with the role prefix's
 * look-up skipped once the prefix is known ({@link NavigationAccessWithoutLookup}): it decides every view as Vaadin's
 * own {@code SpringNavigationAccessControl} does, for every role and for nobody signed in.
 */
@IntegrationTest
class NavigationAccessWithoutLookupTest extends SpringBrowserlessTest {

    @Autowired
    NavigationAccessControl control;

    @Autowired
    List<NavigationAccessChecker> checkers;

    @Autowired
    NavigationAccessControlConfigurer configurer;

    @Autowired
    VaadinRolePrefixHolder rolePrefix;

    @RolesAllowed(Roles.ADMIN)
    static class AdminsOnly extends Div {}

    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    static class Staff extends Div {}

    @RolesAllowed(Roles.PATIENT)
    static class PatientsOnly extends Div {}

    @PermitAll
    static class AnySignedIn extends Div {}

    @AnonymousAllowed
    static class Anyone extends Div {}

    @DenyAll
    static class Nobody extends Div {}

    static final List<Class<?>> VIEWS =
            List.of(AdminsOnly.class, Staff.class, PatientsOnly.class, AnySignedIn.class, Anyone.class, Nobody.class);

    @Test
    void theBeanIsVaadinsAccessControlEnabledWithTheAnnotationCheckerAndTheRolePrefixKnown() {
        assertThat(control).isInstanceOf(NavigationAccessWithoutLookup.KnownRolePrefix.class);
        assertThat(control).isInstanceOf(SpringNavigationAccessControl.class);
        assertThat(control.isEnabled()).isTrue();
        assertThat(control.hasAccessChecker(AnnotatedViewAccessChecker.class)).isTrue();
        assertThat(rolePrefix.isSet()).isTrue();
    }

    @Test
    void everyViewIsDecidedAsVaadinsOwnAccessControlDecidesItForEveryRole() {
        // Vaadin's own, as its auto-configuration builds it from the same configurer and checkers
        // (disabled until Vaadin's security configurer enables it, as it enables the application's)
        NavigationAccessControl vaadins = configurer.build(SpringNavigationAccessControl::new, checkers);
        vaadins.setEnabled(true);
        var decided = new ArrayList<String>();
        for (String role : new String[] {null, Roles.PATIENT, Roles.DOCTOR, Roles.ADMIN}) {
            VaadinServletRequest request = requestOf(role);
            for (Class<?> view : VIEWS) {
                AccessCheckDecision ours = decision(control, view, request);
                assertThat(ours).as(role + " on " + view.getSimpleName()).isEqualTo(decision(vaadins, view, request));
                decided.add(role + " " + view.getSimpleName() + " " + ours);
            }
        }
        assertThat(decided)
                .contains(
                        "ADMIN AdminsOnly ALLOW",
                        "DOCTOR AdminsOnly DENY",
                        "DOCTOR Staff ALLOW",
                        "PATIENT Staff DENY",
                        "PATIENT PatientsOnly ALLOW",
                        "PATIENT AnySignedIn ALLOW",
                        "null AnySignedIn DENY",
                        "null Anyone ALLOW",
                        "ADMIN Nobody DENY");
    }

    private static AccessCheckDecision decision(
            NavigationAccessControl control, Class<?> view, VaadinServletRequest request) {
        return control.checkAccess(control.createNavigationContext(view, "view", request.getService(), request), true)
                .decision();
    }

    /** A request as the servlet container gives it to Vaadin for a signed-in person (or for nobody). */
    private static VaadinServletRequest requestOf(@Nullable String role) {
        var http = new MockHttpServletRequest("POST", "/");
        if (role != null) {
            var user = new PraxisUser(7, "user7@test.praxis", "", role, "Test User 7", true);
            http.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            http.addUserRole(role);
        }
        return new VaadinServletRequest(http, (VaadinServletService) VaadinService.getCurrent());
    }
}
