package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.ui.MainLayout;
import app.praxis.patient.PatientSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The auto-proxy creator remembers which advisors apply per bean class ({@link AdvisorsPerClass}); everything is still
 * proxied and checked exactly as before: the remembered answer is Spring's own search for every kind of bean (views,
 * services, the layout), a view made again is again a new proxy whose secured methods refuse the wrong role, and a
 * class secured differently is refused differently.
 */
@IntegrationTest
class MethodSecurityProxiesTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    BookingFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A class secured like a view (class-level role), made the way Vaadin makes views: a new bean each time. */
    @RolesAllowed(Roles.ADMIN)
    public static class AdminsOnly {
        public String secret() {
            return "for admins";
        }
    }

    @PermitAll
    public static class AnySignedIn {
        public String hello() {
            return "hello";
        }
    }

    /** My appointments' view (package-private in its feature): the page the booking click opens. */
    static final Class<?> MY_APPOINTMENTS = view("app.praxis.appointment.ui.MyAppointmentsView");

    static Class<?> view(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    AdvisorsPerClass remembered() {
        Object creator = context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME);
        return switch (creator) {
            case MethodSecurityProxies.RememberingAspectJCreator aspectJ -> aspectJ.remembered;
            case MethodSecurityProxies.RememberingInfrastructureCreator plain -> plain.remembered;
            default -> throw new AssertionError("not the remembering creator: " + creator.getClass());
        };
    }

    List<Advisor> searched(Class<?> type, String name, boolean again) {
        Object creator = context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME);
        return switch (creator) {
            case MethodSecurityProxies.RememberingAspectJCreator aspectJ ->
                again ? aspectJ.searchedAgain(type, name) : aspectJ.searched(type, name);
            case MethodSecurityProxies.RememberingInfrastructureCreator plain ->
                again ? plain.searchedAgain(type, name) : plain.searched(type, name);
            default -> throw new AssertionError("not the remembering creator: " + creator.getClass());
        };
    }

    @Test
    void theRememberedAdvisorsAreSpringsOwnSearchForViewsServicesAndTheLayout() {
        for (Class<?> type : List.of(
                MY_APPOINTMENTS,
                MainLayout.class,
                AdminsOnly.class,
                AnySignedIn.class,
                BookingService.class,
                AppointmentService.class,
                String.class)) {
            String name = type.getName();
            List<Advisor> first = searched(type, name, false);
            List<Advisor> remembered = searched(type, name, false);
            List<Advisor> uncached = searched(type, name, true);
            assertThat(remembered).as(name).containsExactlyElementsOf(uncached);
            assertThat(first).as(name).containsExactlyElementsOf(uncached);
            assertThat(remembered().knows(type, name)).as(name).isTrue();
        }
        assertThat(searched(MY_APPOINTMENTS, MY_APPOINTMENTS.getName(), true))
                .as("a view is proxied for its @RolesAllowed")
                .isNotEmpty();
        assertThat(searched(String.class, String.class.getName(), true)).isEmpty();
    }

    @Test
    void aBeanMadeAgainIsANewProxyAndStillRefusesTheWrongRole() {
        var beans = context.getAutowireCapableBeanFactory();
        for (int i = 0; i < 3; i++) {
            AdminsOnly admins = beans.createBean(AdminsOnly.class);
            AnySignedIn open = beans.createBean(AnySignedIn.class);
            assertThat(AopUtils.isAopProxy(admins)).isTrue();
            assertThat(AopUtils.isAopProxy(open)).isTrue();

            SignIn.out();
            assertThatThrownBy(admins::secret).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThat(open.hello())
                    .as("@PermitAll lets anyone through, as Spring's JSR-250 check does")
                    .isEqualTo("hello");

            SignIn.as(1_000_001L, Roles.PATIENT);
            assertThatThrownBy(admins::secret).isInstanceOf(AccessDeniedException.class);
            assertThat(open.hello()).isEqualTo("hello");

            SignIn.as(1_000_002L, Roles.ADMIN);
            assertThat(admins.secret()).isEqualTo("for admins");
        }
        assertThat(remembered().knows(AdminsOnly.class, AdminsOnly.class.getName()))
                .isTrue();
    }

    @Test
    void myAppointmentsOpenedTwiceIsTwoProxiesEachCheckingTheRole() {
        PatientSummary patient =
                fixture.quickPatient("Proxy" + UUID.randomUUID().toString().substring(0, 8));
        SignIn.as(patient.userId(), Roles.PATIENT);
        Component first = navigate("appointments", Component.class);
        navigate("", Component.class);
        Component second = navigate("appointments", Component.class);
        assertThat(AopUtils.getTargetClass(first)).isEqualTo(MY_APPOINTMENTS);

        assertThat(AopUtils.isAopProxy(first)).isTrue();
        assertThat(AopUtils.isAopProxy(second)).isTrue();
        assertThat(second).isNotSameAs(first);
        assertThat(((Advised) second).getAdvisors())
                .containsExactlyElementsOf(List.of(((Advised) first).getAdvisors()));
        assertThat(remembered().knows(MY_APPOINTMENTS, MY_APPOINTMENTS.getName()))
                .isTrue();
        HasDynamicTitle titled = (HasDynamicTitle) second;
        assertThat(titled.getPageTitle()).isNotBlank();

        SignIn.as(patient.userId(), Roles.DOCTOR);
        assertThatThrownBy(titled::getPageTitle).isInstanceOf(AccessDeniedException.class);
    }
}
