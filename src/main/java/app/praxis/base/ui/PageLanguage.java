package app.praxis.base.ui;

import app.praxis.base.AccountLanguages;
import app.praxis.base.CurrentLocale;
import app.praxis.base.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each page's language: the account's choice when someone is signed in, else the one chosen on this visit, else
 * the first of the browser's languages we speak. Fields follow it through {@link AppLocale}. This class names no
 * field type on purpose: it is loaded with every page (a service init listener, the layout's and the sign-in page's
 * language menu), and Vaadin's production bundle loads the code of every component such classes name eagerly.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    private final ObjectProvider<AccountLanguages> accounts;

    PageLanguage(ObjectProvider<AccountLanguages> accounts) {
        this.accounts = accounts;
    }

    /** The current page's language. */
    public static Language current() {
        return CurrentLocale.language();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CurrentLocale.readFrom(() -> Optional.ofNullable(UI.getCurrent()).map(UI::getLocale));
        event.getSource().addUIInitListener(init -> init.getUI()
                .setLocale(languageOfNewPage().locale()));
    }

    private Language languageOfNewPage() {
        Optional<Language> account = accounts.stream()
                .flatMap(source -> source.ofSignedIn().stream())
                .findFirst();
        if (account.isPresent()) {
            return account.get();
        }
        VaadinSession session = VaadinSession.getCurrent();
        Language chosen = session == null ? null : session.getAttribute(Language.class);
        if (chosen != null) {
            return chosen;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request instanceof VaadinServletRequest servlet
                ? Language.firstSpoken(
                        Collections.list(servlet.getHttpServletRequest().getLocales()))
                : Language.DEFAULT;
    }

    /**
     * Switches the page to {@code language}: remembered on the account of whoever is signed in, else for this
     * visit; the page reloads so that everything on it speaks the new language.
     */
    public void choose(Language language) {
        Optional<AccountLanguages> signedIn = accounts.stream()
                .filter(source -> source.ofSignedIn().isPresent())
                .findFirst();
        signedIn.ifPresent(source -> source.chooseForSignedIn(language));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Language.class, language);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language.locale());
            ui.getPage().reload();
        }
    }
}
