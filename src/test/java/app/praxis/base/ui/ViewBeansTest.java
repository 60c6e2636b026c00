package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every view and the layout are declared as prototype beans ({@link ViewBeans}), so that Vaadin's first ask for a
 * bean of the view's class answers instead of throwing; each ask is still a new instance, a proxy with its checks.
 */
@IntegrationTest
class ViewBeansTest extends SpringBrowserlessTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    BookingFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyRouteOfTheApplicationAndTheLayoutIsAPrototypeBeanNamedByItsClass() {
        List<Class<?>> views = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(type -> type.getPackageName().startsWith("app.praxis"))
                .<Class<?>>map(type -> type)
                .toList();
        assertThat(views).hasSizeGreaterThan(20);
        for (Class<?> type : views) {
            assertThat(context.getBeanFactory().containsBeanDefinition(type.getName()))
                    .as(type.getName())
                    .isTrue();
            assertThat(context.getBeanFactory()
                            .getBeanDefinition(type.getName())
                            .isPrototype())
                    .as(type.getName())
                    .isTrue();
            assertThat(context.getBeanNamesForType(type)).as(type.getName()).containsExactly(type.getName());
        }
        assertThat(context.getBeanFactory()
                        .getBeanDefinition(MainLayout.class.getName())
                        .isPrototype())
                .isTrue();
    }

    @Test
    void eachAskForAViewIsANewProxyOfIt() throws ClassNotFoundException {
        Class<?> myAppointments = Class.forName("app.praxis.appointment.ui.MyAppointmentsView");
        SignIn.as(
                fixture.quickPatient("Beans" + UUID.randomUUID().toString().substring(0, 8))
                        .userId(),
                Roles.PATIENT);
        Object first = context.getBean(myAppointments);
        Object second = context.getBean(myAppointments);
        assertThat(second).isNotSameAs(first);
        assertThat(AopUtils.isAopProxy(first)).isTrue();
        assertThat(AopUtils.getTargetClass(second)).isEqualTo(myAppointments);
    }
}
