package app.praxis.security;

import java.util.List;
import org.springframework.aop.Advisor;
import org.springframework.aop.aspectj.annotation.AnnotationAwareAspectJAutoProxyCreator;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.autoproxy.InfrastructureAdvisorAutoProxyCreator;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Spring's auto-proxy creator (the one {@code @EnableMethodSecurity} and {@code @EnableTransactionManagement} register)
 * with its advisor search remembered per bean class ({@link AdvisorsPerClass}): a view made on every navigation is
 * proxied and checked exactly as before, without matching every advisor against its methods again each time.
 *
 * <p>The creator's bean definition keeps its class name (Spring and Boot compare it when they register or escalate the
 * creator, and refuse a class they do not know); only the instance is made by a supplier that picks, when the creator
 * is created (after every bean factory post-processor, so after any escalation), the remembering subclass of the class
 * the definition then names. A class this does not know is made as Spring would make it.
 */
@Configuration(proxyBeanMethods = false)
class MethodSecurityProxies {

    @Bean
    static BeanFactoryPostProcessor advisorsSearchedOncePerClass() {
        return MethodSecurityProxies::rememberAdvisorSearch;
    }

    static void rememberAdvisorSearch(ConfigurableListableBeanFactory factory) {
        if (!(factory instanceof BeanDefinitionRegistry registry)
                || !registry.containsBeanDefinition(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME)) {
            return;
        }
        if (registry.getBeanDefinition(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME)
                instanceof AbstractBeanDefinition definition) {
            ClassLoader loader = factory.getBeanClassLoader();
            definition.setInstanceSupplier(() -> creatorFor(definition.getBeanClassName(), loader));
        }
    }

    static Object creatorFor(String className, ClassLoader loader) {
        if (InfrastructureAdvisorAutoProxyCreator.class.getName().equals(className)) {
            return new RememberingInfrastructureCreator();
        }
        if (AnnotationAwareAspectJAutoProxyCreator.class.getName().equals(className)) {
            return new RememberingAspectJCreator();
        }
        try {
            return ClassUtils.forName(className, loader)
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Cannot make the auto-proxy creator " + className, e);
        }
    }

    /** The creator Spring registers for method security and transactions without AspectJ on the class path. */
    static final class RememberingInfrastructureCreator extends InfrastructureAdvisorAutoProxyCreator {
        final AdvisorsPerClass remembered = new AdvisorsPerClass();

        @Override
        protected List<Advisor> findAdvisorsThatCanApply(
                List<Advisor> candidates, Class<?> beanClass, String beanName) {
            return remembered.eligible(
                    candidates,
                    beanClass,
                    beanName,
                    () -> super.findAdvisorsThatCanApply(candidates, beanClass, beanName));
        }

        List<Advisor> searchedAgain(Class<?> beanClass, String beanName) {
            return super.findAdvisorsThatCanApply(findCandidateAdvisors(), beanClass, beanName);
        }

        List<Advisor> searched(Class<?> beanClass, String beanName) {
            return findAdvisorsThatCanApply(findCandidateAdvisors(), beanClass, beanName);
        }
    }

    /** The creator Spring registers when AspectJ is on the class path ({@code @EnableAspectJAutoProxy}). */
    static final class RememberingAspectJCreator extends AnnotationAwareAspectJAutoProxyCreator {
        final AdvisorsPerClass remembered = new AdvisorsPerClass();

        @Override
        protected List<Advisor> findAdvisorsThatCanApply(
                List<Advisor> candidates, Class<?> beanClass, String beanName) {
            return remembered.eligible(
                    candidates,
                    beanClass,
                    beanName,
                    () -> super.findAdvisorsThatCanApply(candidates, beanClass, beanName));
        }

        List<Advisor> searchedAgain(Class<?> beanClass, String beanName) {
            return super.findAdvisorsThatCanApply(findCandidateAdvisors(), beanClass, beanName);
        }

        List<Advisor> searched(Class<?> beanClass, String beanName) {
            return findAdvisorsThatCanApply(findCandidateAdvisors(), beanClass, beanName);
        }
    }
}
