package app.praxis.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;

/**
 * Which advisors apply to a bean class, decided once per class (and bean name) instead of for every new instance
 * (issue 18: round trips). Spring's auto-proxy creator asks {@code findAdvisorsThatCanApply} for every bean it
 * creates; for a prototype such as a Vaadin view, made anew on every navigation, that means matching each advisor's
 * pointcut against every method of the class and its annotations again, every time: 35 % of the booking click in
 * round 7's profile. The answer depends only on the candidate advisors, the class and the bean name (static
 * pointcuts, {@code AopUtils.canApply}), so it is kept per class and bean name together with the very candidates it
 * was computed from, and reused only while the candidates are the same instances in the same order (Spring's
 * advisors are singletons: once the context is up the list does not change; while it is starting, or with advisors
 * made anew per call, the candidates differ and the answer is computed again as before). The proxies and their
 * checks are exactly Spring's: only the search is remembered.
 */
final class AdvisorsPerClass {

    /** Bounded: bean classes and names are finite, but a bean name could be made up per instance. */
    static final int MAX_ENTRIES = 4096;

    private record Key(Class<?> beanClass, String beanName) {}

    private record Answer(List<Advisor> candidates, List<Advisor> eligible) {}

    private final ConcurrentHashMap<Key, Answer> answers = new ConcurrentHashMap<>();

    /**
     * The advisors of {@code candidates} that apply to the class: remembered, or computed by {@code search} (Spring's
     * own {@code findAdvisorsThatCanApply}). Always a new mutable list: the caller may extend and sort it.
     */
    List<Advisor> eligible(
            List<Advisor> candidates, Class<?> beanClass, String beanName, Supplier<List<Advisor>> search) {
        Key key = new Key(beanClass, beanName);
        Answer known = answers.get(key);
        if (known != null && sameInstances(known.candidates(), candidates)) {
            return new ArrayList<>(known.eligible());
        }
        // Not computeIfAbsent: the search may create beans, and so come back here for another class.
        List<Advisor> found = search.get();
        if (answers.size() < MAX_ENTRIES || answers.containsKey(key)) {
            answers.put(key, new Answer(List.copyOf(candidates), List.copyOf(found)));
        }
        return new ArrayList<>(found);
    }

    int size() {
        return answers.size();
    }

    boolean knows(Class<?> beanClass, String beanName) {
        return answers.containsKey(new Key(beanClass, beanName));
    }

    private static boolean sameInstances(List<Advisor> known, List<Advisor> candidates) {
        if (known.size() != candidates.size()) {
            return false;
        }
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i) != candidates.get(i)) {
                return false;
            }
        }
        return true;
    }
}
