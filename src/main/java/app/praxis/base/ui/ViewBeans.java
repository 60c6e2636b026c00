package app.praxis.base.ui;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The application's views and layouts declared as prototype beans, one new instance per navigation as before
 * (issue 18: round trips). Vaadin's {@code SpringInstantiator} first asks the context for a bean of the view's class
 * and, only when that throws {@code NoSuchBeanDefinitionException} (its message and stack trace built each time), makes
 * one with {@code createBean(Class)} from a bean definition made anew, whose constructor and lifecycle Spring then
 * resolves again. Declared, the first ask answers: the same constructor injection, post-processors and proxies (the
 * views' {@code @RolesAllowed} checks), with the definition's resolution kept between navigations. The bean name is
 * the class name, as {@code createBean(Class)} named it.
 */
@Configuration(proxyBeanMethods = false)
class ViewBeans {

    @Bean
    static BeanDefinitionRegistryPostProcessor viewsAsPrototypeBeans() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                declare(registry, packagesOf(registry));
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {}
        };
    }

    static List<String> packagesOf(BeanDefinitionRegistry registry) {
        return registry instanceof BeanFactory factory && AutoConfigurationPackages.has(factory)
                ? AutoConfigurationPackages.get(factory)
                : List.of();
    }

    /** Each {@code @Route} and {@code @Layout} class under {@code packages} not declared yet, as a prototype bean. */
    static void declare(BeanDefinitionRegistry registry, List<String> packages) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class, false));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class, false));
        for (String base : packages) {
            for (BeanDefinition found : scanner.findCandidateComponents(base)) {
                String className = found.getBeanClassName();
                if (className == null || registry.containsBeanDefinition(className)) {
                    continue;
                }
                var view = new RootBeanDefinition();
                view.setBeanClassName(className);
                view.setScope(BeanDefinition.SCOPE_PROTOTYPE);
                registry.registerBeanDefinition(className, view);
            }
        }
    }
}
