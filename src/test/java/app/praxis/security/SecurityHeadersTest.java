package app.praxis.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import app.praxis.support.IntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void everyResponseCarriesThePolicyThatForbidsFramingAndForeignSources() throws Exception {
        // (pages themselves need Vaadin's servlet, which MockMvc lacks: these responses come from Spring Security)
        for (var request : List.of(
                post("/login").param("username", "a@b.c").param("password", "x"),
                post("/login").with(csrf()).param("username", "a@b.c").param("password", "x"))) {
            mvc.perform(request)
                    .andExpect(header().string(
                                    "Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                    .andExpect(
                            header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", Matchers.containsString("object-src 'none'")))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void withoutTheMysqlProfileNoHstsIsSentEvenOverHttps() throws Exception {
        mvc.perform(post("/login").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
