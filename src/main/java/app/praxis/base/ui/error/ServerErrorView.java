package app.praxis.base.ui.error;

import app.praxis.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 500 inside the layout: the visitor gets a reference, the log gets the stack trace under it. A service's refusal
 * (Spring Security's AccessDeniedException) that reaches a page is a 403, not a failure.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Praxis")
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof org.springframework.security.access.AccessDeniedException) {
            show("Not allowed", "This page is not part of your account. Your menu shows what you can open.");
            return HttpServletResponse.SC_FORBIDDEN;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Page {} failed (reference {})",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        show(
                "Something went wrong",
                "Sorry, this page could not be shown. Please try again; if it keeps happening, tell the practice "
                        + "this reference: " + reference + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
