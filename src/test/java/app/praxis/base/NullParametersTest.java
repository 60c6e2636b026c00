package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import java.util.Arrays;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.SpringProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Null parameters go to the database as NULL without Spring asking the driver for their type first
 * ({@code spring.properties}: Connector/J answered that with an exception per null; issue 18: round trips).
 */
@IntegrationTest
class NullParametersTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNullOfUnknownTypeIsSentAsNullWithoutAskingTheDriverForItsType() {
        assertThat(SpringProperties.getFlag("spring.jdbc.getParameterType.ignore"))
                .isTrue();
        assertThat(jdbc.sql("SELECT ? IS NULL, ? IS NULL")
                        .params(Arrays.asList(null, "x"))
                        .query((rs, row) -> rs.getBoolean(1) + " " + rs.getBoolean(2))
                        .single())
                .isEqualTo("true false");
        var named = new HashMap<String, Object>();
        named.put("reason", null);
        assertThat(jdbc.sql("SELECT COALESCE(:reason, 'none')")
                        .params(named)
                        .query(String.class)
                        .single())
                .isEqualTo("none");
    }
}
