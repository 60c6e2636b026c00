package app.praxis.user.ui;

import app.praxis.base.InvalidInputException;
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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Confirm your e-mail address · Praxis")
@AnonymousAllowed
class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph message = new Paragraph("Confirm that this e-mail address is yours.");
    final Button confirm = new Button("Confirm my e-mail address");
    private String token = "";

    ConfirmEmailView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        message.setId("confirm-message");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> {
            try {
                var confirmed = accounts.confirmEmail(token);
                confirm.setVisible(false);
                var principal = confirmed.signIn();
                if (confirmed.purpose() == LinkPurpose.CONFIRM_EMAIL && principal != null) {
                    message.setText("Your account is ready. Welcome!");
                    var request = VaadinServletRequest.getCurrent();
                    var response = VaadinServletResponse.getCurrent();
                    if (request != null && response != null) {
                        SessionSignIn.signIn(
                                principal, request.getHttpServletRequest(), response.getHttpServletResponse());
                        getUI().ifPresent(ui -> ui.getPage().setLocation("patient"));
                    }
                } else {
                    message.setText(
                            "Your e-mail address is now " + confirmed.email() + ". Sign in with it from now on.");
                }
            } catch (InvalidInputException refused) {
                confirm.setVisible(false);
                message.setText(refused.fieldErrors().getOrDefault("token", AccountService.LINK_INVALID));
                message.addClassNames("praxis-error");
            }
        });
        add(new H1("Confirm your e-mail address"), message, confirm, new Paragraph(new Anchor("login", "Sign in")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
    }
}
