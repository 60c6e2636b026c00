package app.praxis.base.ui.error;

import app.praxis.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
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
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    public ServerErrorView() {
        super("base.error.server.pageTitle");
    }

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof org.springframework.security.access.AccessDeniedException) {
            show("base.error.notAllowed.title", "base.error.notAllowed.text");
            return HttpServletResponse.SC_FORBIDDEN;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Page {} failed (reference {})",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        show("base.error.server.title", "base.error.server.text", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
