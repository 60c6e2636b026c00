package app.praxis.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Praxis")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage()
                .setMessage("Check your e-mail and password. After several wrong attempts, wait a little before trying "
                        + "again. New accounts sign in once their e-mail address is confirmed (the link we sent); "
                        + "deactivated accounts cannot sign in: ask the clinic.");
        login.setI18n(i18n);
        login.setAction("login");
        i18n.getForm().setForgotPassword("Forgot password?");
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        add(new H1("Praxis"), login, new Paragraph(new Anchor("register", "New patient? Create an account")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
