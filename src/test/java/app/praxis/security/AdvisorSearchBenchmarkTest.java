package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.aop.Advisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the remembered advisor search saves per new view ({@link AdvisorsPerClass}), in CPU time of this thread (so
 * the other builds on the machine count little): Spring's own search for My appointments' view class against the
 * remembered answer, each repeated. Run on purpose only ({@code -Dbenchmark.proxies=true}); figures go to {@code
 * target/benchmarks/advisor-search.txt}. It asserts only that both give the same advisors.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark.proxies", matches = "true")
class AdvisorSearchBenchmarkTest {

    static final int RUNS = 2_000;

    @Autowired
    ApplicationContext context;

    @Test
    void springsSearchAgainstTheRememberedOne() throws Exception {
        var creator = (MethodSecurityProxies.RememberingAspectJCreator)
                context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME);
        var out = new StringBuilder("Advisor search per new bean (thread CPU time, " + RUNS + " runs each after as many"
                + " warm-up runs; load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + ")\n");
        for (String name : List.of(
                "app.praxis.appointment.ui.MyAppointmentsView",
                "app.praxis.appointment.ui.DoctorView",
                "app.praxis.calendar.ui.DoctorCalendarView")) {
            Class<?> type;
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                continue;
            }
            assertThat(creator.searched(type, name)).containsExactlyElementsOf(creator.searchedAgain(type, name));
            double spring = microsPerRun(() -> creator.searchedAgain(type, name));
            double remembered = microsPerRun(() -> creator.searched(type, name));
            out.append(String.format(
                    "%s: Spring's search %.1f µs, remembered %.1f µs (candidates looked up included)%n",
                    type.getSimpleName(), spring, remembered));
        }
        Path file = Path.of("target/benchmarks/advisor-search.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(out);
    }

    static double microsPerRun(Supplier<List<Advisor>> search) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            search.get();
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < RUNS; i++) {
            search.get();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / RUNS;
    }
}
