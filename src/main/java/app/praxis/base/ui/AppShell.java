package app.praxis.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Vaadin 25 applies no theme by default: Lumo (and its utility classes) is switched on here, once. Server push
 * (WebSocket, with long polling where a WebSocket cannot get through) lets live chat updates reach open pages.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Praxis", shortName = "Praxis")
public class AppShell implements AppShellConfigurator {}
