package app.praxis.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Login CSRF: a sign-in posted from another site (without this site's token) is refused before any password check. */
@IntegrationTest
class LoginCsrfTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    PatientService patients;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        NewAccount account = TestAccounts.newAccount("Csrf", "Victim");
        patients.register(account);

        mvc.perform(post("/login").param("username", account.email()).param("password", account.password()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSignInWithTheTokenGoesIn() throws Exception {
        NewAccount account = TestAccounts.newAccount("Csrf", "Owner");
        patients.register(account);

        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", account.email())
                        .param("password", account.password()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordWithTheTokenReturnsToTheSignInPage() throws Exception {
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "nobody." + System.nanoTime() + "@test.praxis")
                        .param("password", "wrong password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
    }
}
