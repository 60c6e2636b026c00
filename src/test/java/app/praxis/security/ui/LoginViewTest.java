package app.praxis.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theSignInFormPostsToSpringSecurity() {
        navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void aFailedSignInIsExplained() {
        navigate(LoginView.class);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
    }
}
