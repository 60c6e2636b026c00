package app.praxis.appointment.ui;

import app.praxis.appointment.ui.AppointmentSection.Action;
import app.praxis.appointment.ui.AppointmentSection.Download;
import app.praxis.appointment.ui.AppointmentSection.File;
import app.praxis.appointment.ui.AppointmentSection.Line;
import app.praxis.appointment.ui.AppointmentSection.Part;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of appointment cards as one element, drawn in the browser ({@code frontend/appointments/praxis-appointment-cards.js})
 * from one JSON string: each card's texts (already in the page's language), its state, its downloads, links and
 * buttons, with the parts higher features contribute ({@link AppointmentSection#partsFor}). A button sends back one
 * event {@code {appointmentId, action}}; the listener hears it only if that card is shown here and offers that
 * action. Downloads go through one URL registered for the element, with the appointment and the file as query
 * parameters, checked the same way. As server-side components each card was about 15 of them (issue 18: memory per
 * session); here the whole list is one element and one string.
 */
@Tag("praxis-appointment-cards")
@JsModule("./appointments/praxis-appointment-cards.js")
class AppointmentCards extends Component implements HasStyle {

    static final String HISTORY = "history";

    /**
     * Everything beyond ASCII (€, –, ★, ·) written as JSON's six-character escape (a backslash, u, four hex digits), which the browser's
     * {@code JSON.parse} reads back: the property's string then holds only Latin-1 characters, which the JVM stores
     * at one byte a character instead of two (a single € made the whole string two bytes a character; issue 18:
     * the string stays in the session's memory while the page is open).
     */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final TypeReference<List<Card>> CARDS = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<String>>> HISTORIES = new TypeReference<>() {};

    /** A plain link (navigation inside the app), e.g. to the chat with the doctor. */
    record Link(String text, String className, String href) {}

    /**
     * One card: when, its status (text and Lumo badge theme), with whom, its own lines, the sections' parts, the
     * "moved n times" summary whose history is loaded when opened (null: never moved), downloads, links, buttons.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Card(
            long id,
            String when,
            String status,
            String badge,
            String party,
            List<Line> lines,
            List<Part> parts,
            @Nullable String moved,
            List<Download> downloads,
            List<Link> links,
            List<Action> actions) {

        /** Every action the card offers, its own and its parts'. */
        Stream<String> offeredActions() {
            return Stream.concat(
                    Stream.concat(actions.stream(), parts.stream().flatMap(part -> part.actions().stream()))
                            .map(Action::action),
                    moved == null ? Stream.empty() : Stream.of(HISTORY));
        }

        /** Every download the card offers, its own and its parts'. */
        Stream<Download> offeredDownloads() {
            return Stream.concat(downloads.stream(), parts.stream().flatMap(part -> part.downloads().stream()));
        }

        /** All the card's texts, in the order shown (what a person reads; tests compare with it). */
        String text() {
            var texts = new ArrayList<String>(List.of(when, status, party));
            lines.forEach(line -> texts.add(line.text()));
            parts.forEach(part -> {
                part.lines().forEach(line -> texts.add(line.text()));
                part.downloads().forEach(download -> texts.add(download.text()));
                part.actions().forEach(action -> texts.add(action.text()));
            });
            if (moved != null) {
                texts.add(moved);
            }
            downloads.forEach(download -> texts.add(download.text()));
            links.forEach(link -> texts.add(link.text()));
            actions.forEach(action -> texts.add(action.text()));
            return String.join("\n", texts);
        }
    }

    private BiFunction<Long, String, Optional<File>> files = (appointmentId, file) -> Optional.empty();

    AppointmentCards(String id) {
        setId(id);
        getElement().setProperty("cards", "[]");
        getElement().setProperty("histories", "{}");
    }

    /** Shows these cards (replacing any shown); histories opened before are forgotten. */
    void show(List<Card> cards) {
        getElement().setProperty("cards", JSON.writeValueAsString(cards));
        getElement().setProperty("histories", "{}");
    }

    /** The cards shown, read back from what was sent to the browser. */
    List<Card> cards() {
        return JSON.readValue(getElement().getProperty("cards", "[]"), CARDS);
    }

    Optional<Card> card(long appointmentId) {
        return cards().stream().filter(card -> card.id() == appointmentId).findFirst();
    }

    /** Fills in the history of a moved appointment's card (loaded when the person opens it). */
    void showHistory(long appointmentId, List<String> entries) {
        Map<String, List<String>> histories =
                new LinkedHashMap<>(JSON.readValue(getElement().getProperty("histories", "{}"), HISTORIES));
        histories.put(String.valueOf(appointmentId), entries);
        getElement().setProperty("histories", JSON.writeValueAsString(histories));
    }

    /** The history shown for a card, if it was loaded. */
    Optional<List<String>> history(long appointmentId) {
        Map<String, List<String>> histories = JSON.readValue(getElement().getProperty("histories", "{}"), HISTORIES);
        return Optional.ofNullable(histories.get(String.valueOf(appointmentId)));
    }

    /**
     * Hears the actions clicked in the browser: only an action that the card shown with that id offers reaches
     * {@code listener}; anything else (a stale page, a forged event) is ignored.
     */
    void onAction(BiConsumer<Long, String> listener) {
        addListener(ActionEvent.class, event -> {
            Optional<Long> id = parseId(event.appointmentId);
            if (id.isEmpty()) {
                return;
            }
            card(id.get())
                    .filter(card -> card.offeredActions().anyMatch(event.action::equals))
                    .ifPresent(card -> listener.accept(card.id(), event.action));
        });
    }

    /**
     * Serves the cards' downloads from one URL ({@code download-url}, with {@code ?appointment=…&file=…}): a file
     * is made only for a card shown here that offers it, by {@code files} (whose services check access again).
     */
    void serveDownloads(BiFunction<Long, String, Optional<File>> files) {
        this.files = files;
        getElement().setAttribute("download-url", new DownloadHandler() {
            @Override
            public void handleDownloadRequest(DownloadEvent event) throws IOException {
                String appointment = event.getRequest().getParameter("appointment");
                String name = event.getRequest().getParameter("file");
                var found = new AtomicReference<Optional<File>>(Optional.empty());
                if (appointment != null && name != null) {
                    event.getUI()
                            .accessSynchronously(() ->
                                    found.set(download(parseId(appointment).orElse(-1L), name)));
                }
                if (found.get().isEmpty()) {
                    event.getResponse().setStatus(404);
                    return;
                }
                File file = found.get().get();
                event.setFileName(file.fileName());
                event.setContentType(file.mediaType());
                event.setContentLength(file.content().length);
                event.getOutputStream().write(file.content());
            }

            @Override
            public String getUrlPostfix() {
                return "file";
            }
        });
    }

    /** What the download URL answers for this appointment and file (tests call it as the browser's request would). */
    Optional<File> download(long appointmentId, String file) {
        return card(appointmentId)
                .filter(card -> card.offeredDownloads()
                        .anyMatch(download -> download.file().equals(file)))
                .flatMap(card -> files.apply(card.id(), file));
    }

    /** What a click on a card's button in the browser does, for tests without a browser: the same event, from the client. */
    void act(long appointmentId, String action) {
        ComponentUtil.fireEvent(this, new ActionEvent(this, true, String.valueOf(appointmentId), action));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** A button of a card was clicked in the browser. */
    @DomEvent("card-action")
    public static class ActionEvent extends ComponentEvent<AppointmentCards> {

        private final String appointmentId;
        private final String action;

        public ActionEvent(
                AppointmentCards source,
                boolean fromClient,
                @EventData("event.detail.appointmentId") String appointmentId,
                @EventData("event.detail.action") String action) {
            super(source, fromClient);
            this.appointmentId = appointmentId;
            this.action = action;
        }
    }
}
