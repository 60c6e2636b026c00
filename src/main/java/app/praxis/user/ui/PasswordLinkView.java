package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.LanguageSwitch;
import app.praxis.base.ui.PageLanguage;
import app.praxis.user.AccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;

/**
 * Where a password link leads ({@code /password?token=…}): a forgotten password's reset, or the first password of an
 * account an admin made. A spent or expired link says so and points to "Forgot password?".
 */
@Route(value = "password", autoLayout = false)
@AnonymousAllowed
class PasswordLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final H1 title = new H1(getTranslation("user.passwordLink.new"));
    final Paragraph intro = new Paragraph();
    final NewPasswordForm form = new NewPasswordForm();
    final Button save = new Button(getTranslation("user.passwordLink.save"));
    final Paragraph problem = new Paragraph();
    final Anchor newLink = new Anchor("forgot-password", getTranslation("user.passwordLink.askNew"));
    private String token = "";

    PasswordLinkView(AccountService accounts, PageLanguage locales) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);
        form.newPassword.setWidthFull();
        form.newPassword.setMaxWidth("24rem");
        form.repeat.setWidthFull();
        form.repeat.setMaxWidth("24rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(event -> save());
        problem.addClassNames("praxis-error");
        problem.setId("link-problem");
        problem.setVisible(false);
        newLink.setVisible(false);
        add(
                new LanguageSwitch(locales),
                title,
                intro,
                problem,
                newLink,
                form.newPassword,
                form.repeat,
                save,
                new Paragraph(new Anchor("login", getTranslation("user.signIn"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.passwordLink.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        accounts.checkPasswordLink(token)
                .ifPresentOrElse(
                        link -> {
                            title.setText(getTranslation(
                                    link.firstPassword() ? "user.passwordLink.first" : "user.passwordLink.new"));
                            intro.setText(getTranslation("user.passwordLink.for", link.email()));
                        },
                        this::linkSpent);
    }

    private void save() {
        form.clear();
        var errors = new LinkedHashMap<>(form.mismatch());
        if (errors.isEmpty()) {
            try {
                accounts.setPasswordWithLink(token, form.newPassword.getValue());
                Notification.show(getTranslation("user.passwordLink.saved"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("login"));
                return;
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.fieldErrors());
            }
        }
        if (errors.containsKey("token")) {
            linkSpent();
            return;
        }
        form.show(errors);
    }

    private void linkSpent() {
        title.setText(getTranslation("user.passwordLink.spent"));
        intro.setText("");
        problem.setText(getTranslation(AccountService.LINK_INVALID));
        problem.setVisible(true);
        form.newPassword.setVisible(false);
        form.repeat.setVisible(false);
        save.setVisible(false);
        newLink.setVisible(true);
    }
}
