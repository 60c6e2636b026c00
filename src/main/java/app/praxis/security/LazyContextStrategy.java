package app.praxis.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.function.SingletonSupplier;

/**
 * The application's security-context strategy (Vaadin's bean), looked up on first use rather than when the method
 * security advisor is made: advisors are made before the other beans, and Spring's own JSR-250 configuration defers
 * the lookup the same way.
 */
final class LazyContextStrategy implements SecurityContextHolderStrategy {

    private final Supplier<SecurityContextHolderStrategy> strategy;

    LazyContextStrategy(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategy =
                SingletonSupplier.of(() -> strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy));
    }

    @Override
    public void clearContext() {
        strategy.get().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return strategy.get().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return strategy.get().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        strategy.get().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        strategy.get().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return strategy.get().createEmptyContext();
    }
}
