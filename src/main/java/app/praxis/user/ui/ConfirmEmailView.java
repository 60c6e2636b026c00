package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.LanguageSwitch;
import app.praxis.base.ui.PageLanguage;
import app.praxis.security.SessionSignIn;
import app.praxis.user.AccountService;
import app.praxis.user.LinkPurpose;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a confirmation link leads ({@code /confirm-email?token=…}). Opening the page changes nothing (mail scanners
 * open links too); the button does: a registration's link activates the account and signs the patient in, a new
 * address's link makes it the account's address.
 */
@Route(value = "confirm-email", autoLayout = false)
@AnonymousAllowed
class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph(getTranslation("user.confirm.text"));
    final Button confirm = new Button(getTranslation("user.confirm.button"));
    private String token = "";

    ConfirmEmailView(AccountService accounts, PageLanguage locales) {
        setAlignItems(Alignment.CENTER);
        message.setId("confirm-message");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> {
            try {
                var confirmed = accounts.confirmEmail(token);
                confirm.setVisible(false);
                var principal = confirmed.signIn();
                if (confirmed.purpose() == LinkPurpose.CONFIRM_EMAIL && principal != null) {
                    message.setText(getTranslation("user.confirm.ready"));
                    var request = VaadinServletRequest.getCurrent();
                    var response = VaadinServletResponse.getCurrent();
                    if (request != null && response != null) {
                        SessionSignIn.signIn(
                                principal, request.getHttpServletRequest(), response.getHttpServletResponse());
                        getUI().ifPresent(ui -> ui.getPage().setLocation("patient"));
                    }
                } else {
                    message.setText(getTranslation("user.confirm.changed", confirmed.email()));
                }
            } catch (InvalidInputException refused) {
                confirm.setVisible(false);
                message.setText(
                        refused.fieldErrors().getOrDefault("token", getTranslation(AccountService.LINK_INVALID)));
                message.addClassNames("praxis-error");
            }
        });
        add(
                new LanguageSwitch(locales),
                new H1(getTranslation("user.confirm.title")),
                message,
                confirm,
                new Paragraph(new Anchor("login", getTranslation("user.signIn"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.confirm.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
    }
}
