package app.praxis.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin gives every Spring context its own security-context strategy (with its own thread-local) and installs
 * the newest one in {@code SecurityContextHolder}. A test JVM caches several contexts, so without this the
 * signed-in test user set through the static holder would be invisible to the older contexts' beans. Every
 * test context therefore shares one strategy instance, as the single context of a running application does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static BeanPostProcessor shareVaadinSecurityContextStrategy() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof VaadinAwareSecurityContextHolderStrategy ? SHARED : bean;
            }
        };
    }
}
