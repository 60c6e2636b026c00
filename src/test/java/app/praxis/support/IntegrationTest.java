package app.praxis.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test against the real embedded MariaDB (never H2, never mocks of the database), or a real MySQL
 * server when the build asks for it ({@link TestDatabase}). All such tests
 * share one cached context, hence one server and one schema: tests make their own rows with unique values.
 * Prefer this exact set-up: a test that adds properties, mocks or @DynamicPropertySource forks another context
 * (another start-up, another schema to think about). "Now" is the {@link TestClock}, reset before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({SharedSecurityContextStrategy.class, TestClockConfig.class, StatementCounter.Config.class})
@ExtendWith(TestClockExtension.class)
public @interface IntegrationTest {}
