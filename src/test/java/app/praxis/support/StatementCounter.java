package app.praxis.support;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.jdbc.ClientPreparedStatement;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements one thread sends to the database while a {@link Recording} is open: every statement
 * Connector/J puts on the wire, including the transactions' own ({@code SET autocommit=0}, {@code commit}, {@code
 * SET SESSION TRANSACTION READ ONLY}...), as the driver's query interceptor sees them. Only the recording thread's
 * statements count, so the application's background jobs (chat poller, e-mail outbox) do not disturb the figure.
 * The test contexts install it on their pool ({@link Config}); outside a recording it does nothing.
 */
public final class StatementCounter implements QueryInterceptor {

    private static final ThreadLocal<@Nullable Recording> RECORDING = new ThreadLocal<>();

    /** Starts recording this thread's statements; close the recording to stop. */
    public static Recording record() {
        var recording = new Recording();
        RECORDING.set(recording);
        return recording;
    }

    /** The statements of one recording, in the order they were sent. */
    public static final class Recording implements AutoCloseable {
        private final List<String> statements = new ArrayList<>();
        private final List<String> preparedTexts = new ArrayList<>();

        private Recording() {}

        public List<String> statements() {
            return List.copyOf(statements);
        }

        /** The prepared statements' texts as the application wrote them (with {@code ?}), what the driver parses. */
        public List<String> preparedTexts() {
            return List.copyOf(preparedTexts);
        }

        public int count() {
            return statements.size();
        }

        /** The statements one per line, numbered, for a failure's message or a log. */
        public String listing() {
            var text = new StringBuilder();
            for (int i = 0; i < statements.size(); i++) {
                text.append(String.format("%3d  %s%n", i + 1, statements.get(i).replaceAll("\\s+", " ")));
            }
            return text.toString();
        }

        @Override
        public void close() {
            if (RECORDING.get() == this) {
                RECORDING.remove();
            }
        }
    }

    /** With {@code -Dstatements.trace=true} each statement is listed with the application code that sent it. */
    private static final boolean TRACE = Boolean.getBoolean("statements.trace");

    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(frame -> frame.getClassName().startsWith("app.praxis")
                                && !frame.getClassName().startsWith("app.praxis.support"))
                        .limit(4)
                        .map(frame -> frame.getClassName().replace("app.praxis.", "") + "." + frame.getMethodName()
                                + ":" + frame.getLineNumber())
                        .toList())
                .toString();
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> @Nullable T preProcess(Supplier<String> sql, Query interceptedQuery) {
        Recording recording = RECORDING.get();
        if (recording != null) {
            recording.statements.add(sql.get() + (TRACE ? "    <- " + caller() : ""));
            if (interceptedQuery instanceof ClientPreparedStatement prepared) {
                recording.preparedTexts.add(prepared.getPreparedSql());
            }
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {}

    @Override
    public <T extends Resultset> T postProcess(
            Supplier<String> sql, Query interceptedQuery, T originalResultSet, ServerSession serverSession) {
        return originalResultSet;
    }

    /** Installs the counter on the test context's connection pool (before the pool opens its first connection). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor statementCounterInstaller() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof HikariDataSource pool) {
                        pool.addDataSourceProperty("queryInterceptors", StatementCounter.class.getName());
                    }
                    return bean;
                }
            };
        }
    }
}
