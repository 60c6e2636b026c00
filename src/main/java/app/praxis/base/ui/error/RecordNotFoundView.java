package app.praxis.base.ui.error;

import app.praxis.base.NotFoundException;
import app.praxis.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 404 for a page about something that does not exist or is not the visitor's (services say both the same way,
 * so nobody learns which ids exist).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public RecordNotFoundView() {
        super("base.error.notFound.pageTitle");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("base.error.notFound.title", "base.error.notFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
