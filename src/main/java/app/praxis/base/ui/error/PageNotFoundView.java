package app.praxis.base.ui.error;

import app.praxis.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** 404 for an address that is no page (or a page parameter that is not a number), inside the layout. */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        super("base.error.pageNotFound.pageTitle");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("base.error.pageNotFound.title", "base.error.pageNotFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
