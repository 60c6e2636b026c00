package app.praxis.security.ui;

import app.praxis.base.ui.LanguageSwitch;
import app.praxis.base.ui.PageLanguage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Set by security.IdleSessionFilter when it ended a session for inactivity. */
    public static final String SIGNED_OUT_COOKIE = "praxis-signed-out";

    private final LoginForm login = new LoginForm();
    final Paragraph signedOutIdle = new Paragraph(getTranslation("security.login.signedOutIdle"));

    LoginView(PageLanguage locales) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.email"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.text"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgotPassword"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        signedOutIdle.setId("signed-out-idle");
        signedOutIdle.setVisible(false);
        add(
                new LanguageSwitch(locales),
                new H1("Praxis"),
                signedOutIdle,
                login,
                new Paragraph(new Anchor("register", getTranslation("security.login.register"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        keepTypedEmail(failed);
        VaadinRequest request = VaadinRequest.getCurrent();
        boolean idle = request != null
                && request.getCookies() != null
                && Arrays.stream(request.getCookies())
                        .anyMatch(cookie ->
                                SIGNED_OUT_COOKIE.equals(cookie.getName()) && "idle".equals(cookie.getValue()));
        signedOutIdle.setVisible(idle);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (idle && response != null) {
            var gone = new Cookie(SIGNED_OUT_COOKIE, "");
            gone.setPath("/");
            gone.setMaxAge(0);
            response.addCookie(gone);
        }
    }

    /**
     * A refused sign-in reloads the page: the address typed is kept (in this tab's session storage, never in the
     * URL or on the server) and filled in again, so only the password has to be typed once more.
     */
    private void keepTypedEmail(boolean failed) {
        login.getElement().executeJs("""
                const form = this;
                form.addEventListener('login', e => sessionStorage.setItem('praxis-login-email', e.detail.username));
                const typed = sessionStorage.getItem('praxis-login-email');
                sessionStorage.removeItem('praxis-login-email');
                if ($0 && typed) {
                  customElements.whenDefined('vaadin-text-field').then(() => requestAnimationFrame(() => {
                    const username = form.querySelector('[name=username]');
                    if (username) {
                      username.value = typed;
                      form.querySelector('[name=password]')?.focus();
                    }
                  }));
                }""", failed);
    }
}
