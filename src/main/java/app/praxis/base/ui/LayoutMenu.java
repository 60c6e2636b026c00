package app.praxis.base.ui;

import app.praxis.base.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drawer's content as one element, drawn in the browser ({@code frontend/layout/praxis-menu.js}): the brand,
 * the menu entries the role may see with their icons and badges, the signed-in person (photo, name, role), "Sign
 * out" and the language menu. As server-side components these were about 45 state nodes on every page of every
 * role (issue 18: memory per session); here they are one element and a few properties. Entries are plain links that
 * Vaadin's router follows; signing out and choosing a language come back as calls of the two
 * {@link ClientCallable} methods below (no DOM event listener kept per page: issue 18, round 28), taken only for
 * what was offered.
 */
@Tag("praxis-menu")
@JsModule("./layout/praxis-menu.js")
class LayoutMenu extends Component {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, MenuBadge.Count>> BADGES = new TypeReference<>() {};

    /** One entry: where it leads (a route path, no leading slash), its title, its icon's symbol, whether it counts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String href, String title, @Nullable String icon, boolean badge) {}

    /** The signed-in person as the footer shows them. */
    record User(String name, String role) {}

    /** A language of the language menu: its tag and its own name. */
    record Choice(String value, String label) {}

    /** Everything the menu shows that does not change while the page is open. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Menu(
            String brand,
            String label,
            List<Item> items,
            @Nullable User user,
            String signOut,
            String languageLabel,
            String language,
            List<Choice> languages) {}

    private final Runnable signOut;
    private final Consumer<Language> choose;

    LayoutMenu(Menu menu, Runnable signOut, Consumer<Language> choose) {
        this.signOut = signOut;
        this.choose = choose;
        getElement().setProperty("menu", JSON.writeValueAsString(menu));
        getElement().setProperty("badges", "{}");
    }

    /** "Sign out" was clicked in the browser ({@code this.$server.signOut()}). */
    @ClientCallable
    void signOut() {
        signOut.run();
    }

    /**
     * A language was chosen in the menu ({@code this.$server.choose(tag)}): taken only if the menu offered it (a
     * forged call's tag, or none, does nothing).
     */
    @ClientCallable
    void choose(@Nullable String tag) {
        menu().languages().stream()
                .filter(choice -> choice.value().equals(tag))
                .findFirst()
                .flatMap(choice -> Language.ofTag(choice.value()))
                .ifPresent(choose);
    }

    /** What the menu shows, read back from what was sent to the browser. */
    Menu menu() {
        return JSON.readValue(getElement().getProperty("menu", "{}"), Menu.class);
    }

    /** Marks the entry of the page shown ({@code aria-current="page"}). */
    void current(String path) {
        getElement().setProperty("current", path);
    }

    String current() {
        return getElement().getProperty("current", "");
    }

    /** The avatar's photo address, or null for initials. */
    void photo(@Nullable String url) {
        getElement().setProperty("photo", url == null ? "" : url);
    }

    Optional<String> photo() {
        return Optional.of(getElement().getProperty("photo", "")).filter(url -> !url.isEmpty());
    }

    /** Shows an entry's count beside it (hidden at zero). */
    void badge(String path, MenuBadge.Count count) {
        setBadge(this, path, count);
    }

    Map<String, MenuBadge.Count> badges() {
        return badges(this);
    }

    static void setBadge(Component element, String path, MenuBadge.Count count) {
        Map<String, MenuBadge.Count> badges = new LinkedHashMap<>(badges(element));
        if (count.value() > 0) {
            badges.put(path, count);
        } else {
            badges.remove(path);
        }
        element.getElement().setProperty("badges", JSON.writeValueAsString(badges));
    }

    static Map<String, MenuBadge.Count> badges(Component element) {
        return JSON.readValue(element.getElement().getProperty("badges", "{}"), BADGES);
    }
}
