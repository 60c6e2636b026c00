package app.praxis.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What people see while the database is away: "temporarily unavailable, try again" instead of an error page.
 * Opening a page that needs the database shows {@link Page} (HTTP 503); a click whose work fails for that reason
 * shows a notification and leaves the page as it was (every change is one transaction, so nothing half-written
 * remains). Other errors go to Vaadin's default handling.
 */
public final class DatabaseUnavailable {

    /** The key of what people read: "temporarily unavailable, nothing was changed, try again". */
    public static final String MESSAGE = "base.unavailable.text";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {}

    /** Whether {@code error} or one of its causes says the database could not be reached or used. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException
                    || t instanceof TransactionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The page shown instead of a view whose opening failed on the database, whichever exception said so. */
    abstract static class UnavailablePage<E extends Exception> extends Main implements HasErrorParameter<E> {

        UnavailablePage() {
            setId("database-unavailable");
            addClassNames("praxis-page");
            add(
                    new H2(getTranslation("base.unavailable.title")),
                    new Paragraph(getTranslation(MESSAGE)),
                    new Anchor("", getTranslation("base.unavailable.retry")));
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
            log.warn(
                    "A page could not be shown: the database is unavailable ({})",
                    parameter.getException().getMessage());
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
    }

    /** A query or statement failed on the database. */
    @AnonymousAllowed
    public static class Page extends UnavailablePage<DataAccessException> {}

    /** The transaction could not even begin (no connection from the pool). */
    @AnonymousAllowed
    public static class NoTransactionPage extends UnavailablePage<TransactionException> {}

    /** Clicks and other requests on an open page: a notification instead of Vaadin's internal-error message. */
    @Component
    static class SessionErrorHandler implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource()
                    .addSessionInitListener(init -> init.getSession().setErrorHandler(SessionErrorHandler::handle));
        }

        static void handle(ErrorEvent event) {
            Throwable error = event.getThrowable();
            if (!isCause(error)) {
                new com.vaadin.flow.server.DefaultErrorHandler().error(event);
                return;
            }
            log.warn("A request failed: the database is unavailable ({})", error.getMessage());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification.show(ui.getTranslation(MESSAGE), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
