package app.praxis.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's navigation access control without a service look-up per navigation (issue 18: round trips). Vaadin
 * Spring's {@code SpringNavigationAccessControl} asks Vaadin's {@code Lookup} for the {@link VaadinRolePrefixHolder}
 * on every check, only to set the role prefix if it is not set yet; that look-up is not cached for this type, so each
 * navigation asked Spring for the beans of the type and ran a {@code ServiceLoader} over the class path: about 4 % of
 * the booking click in round 10's profile. Once the holder (a singleton bean, set when the filter chain is built)
 * is set, that call does nothing and the roles checker is the request's own {@code isUserInRole}; this answers so
 * directly, and leaves every other case (no request, push requests, a holder not set yet) to Vaadin's code.
 *
 * <p>The bean stays the one Vaadin's auto-configuration defines, built by its configurer from the same checkers (so
 * {@code VaadinSecurityConfigurer} sets its login view and enables it as before); only the class built is this one.
 */
@Configuration(proxyBeanMethods = false)
class NavigationAccessWithoutLookup {

    static final String BEAN_NAME = "navigationAccessControl";

    @Bean
    static BeanFactoryPostProcessor navigationAccessWithKnownRolePrefix() {
        return NavigationAccessWithoutLookup::buildWithKnownRolePrefix;
    }

    static void buildWithKnownRolePrefix(ConfigurableListableBeanFactory factory) {
        if (!(factory instanceof BeanDefinitionRegistry registry)
                || !registry.containsBeanDefinition(BEAN_NAME)
                || !(registry.getBeanDefinition(BEAN_NAME) instanceof AbstractBeanDefinition definition)
                || !BEAN_NAME.equals(definition.getFactoryMethodName())) {
            return;
        }
        definition.setInstanceSupplier(() -> factory.getBean(NavigationAccessControlConfigurer.class)
                .build(
                        (checkers, resolver) ->
                                new KnownRolePrefix(checkers, resolver, factory.getBean(VaadinRolePrefixHolder.class)),
                        factory.getBeanProvider(NavigationAccessChecker.class)
                                .orderedStream()
                                .toList()));
    }

    /** Spring's navigation access control that skips the holder's look-up once the role prefix is known. */
    static final class KnownRolePrefix extends SpringNavigationAccessControl {

        private final VaadinRolePrefixHolder rolePrefix;

        KnownRolePrefix(
                Collection<NavigationAccessChecker> checkers,
                AccessCheckDecisionResolver resolver,
                VaadinRolePrefixHolder rolePrefix) {
            super(checkers, resolver);
            this.rolePrefix = rolePrefix;
        }

        @Override
        protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
            if (request != null
                    && rolePrefix.isSet()
                    && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
                return request::isUserInRole;
            }
            return super.getRolesChecker(request);
        }
    }
}
