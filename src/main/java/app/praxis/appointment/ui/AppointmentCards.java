package app.praxis.appointment.ui;

import app.praxis.appointment.ui.AppointmentSection.Action;
import app.praxis.appointment.ui.AppointmentSection.Download;
import app.praxis.appointment.ui.AppointmentSection.File;
import app.praxis.appointment.ui.AppointmentSection.Line;
import app.praxis.appointment.ui.AppointmentSection.Part;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patient's "My appointments" as one element, drawn in the browser
 * ({@code frontend/appointments/praxis-my-appointments.js}): the heading, the reminders switch, the upcoming and the
 * past cards with their headings and empty texts. Three properties: {@code texts}, the page's constant texts in its
 * language, sent once (headings, the switch's label, the empty texts, and what every card repeats: "Calendar file
 * (.ics)", "Message", "Reschedule", "Cancel"); {@code cards}, the two lists ({@link Sent}: each card's own texts, its
 * sections' parts, and flags for the repeated items); {@code reminders}, the switch's state. A history opened is
 * added in {@code histories}. A button calls back {@link #cardAction} with the card's id and the action, heard only
 * if a card shown offers that action; the switch calls {@link #remindersChanged} (client-callable methods: no DOM
 * event listener kept per page, issue 18, round 28); downloads go through one URL registered for
 * the element, checked the same way. Before (issue 18: memory per session) the page was two card lists, a checkbox,
 * three headings and two paragraphs, each a component with its state node.
 */
@Tag("praxis-my-appointments")
@JsModule("./appointments/praxis-my-appointments.js")
class AppointmentCards extends Component implements HasStyle {

    static final String HISTORY = "history";
    static final String RESCHEDULE = "reschedule";
    static final String CANCEL = "cancel";
    static final String CALENDAR_FILE = "ics";

    /** The ids of the two lists in the page (for styles, journeys and tests). */
    static final String UPCOMING = "upcoming-appointments";

    static final String PAST = "past-appointments";

    /**
     * Everything beyond ASCII (€, –, ★, ·) written as JSON's six-character escape (a backslash, u, four hex digits), which the browser's
     * {@code JSON.parse} reads back: the property's string then holds only Latin-1 characters, which the JVM stores
     * at one byte a character instead of two (a single € made the whole string two bytes a character; issue 18:
     * the string stays in the session's memory while the page is open).
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .addMixIn(Line.class, LineKeys.class)
            .addMixIn(Part.class, PartKeys.class)
            .addMixIn(Action.class, ActionKeys.class)
            .addMixIn(Download.class, DownloadKeys.class)
            .build();

    /*
     * Short keys in this element's JSON only (the sections' records keep their names elsewhere): a card's keys were
     * about a third of its bytes, and the string stays in the session's memory while the page is open (issue 18).
     * The element's file lists them.
     */
    private interface LineKeys {
        @JsonProperty("t")
        String text();

        @JsonProperty("c")
        String className();

        @JsonProperty("a")
        String label();
    }

    private interface PartKeys {
        @JsonProperty("c")
        String className();

        @JsonProperty("l")
        List<Line> lines();

        @JsonProperty("d")
        List<Download> downloads();

        @JsonProperty("a")
        List<Action> actions();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private interface ActionKeys {
        @JsonProperty("a")
        String action();

        @JsonProperty("t")
        String text();

        @JsonProperty("c")
        String className();

        @JsonProperty("h")
        String theme();
    }

    private interface DownloadKeys {
        @JsonProperty("f")
        String file();

        @JsonProperty("t")
        String text();

        @JsonProperty("c")
        String className();
    }

    private static final TypeReference<Lists> LISTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<String>>> HISTORIES = new TypeReference<>() {};

    /** A plain link (navigation inside the app), e.g. to the chat with the doctor. */
    record Link(String text, String className, String href) {}

    /**
     * One card as the browser gets it: when, its status (text and Lumo badge theme), with whom, its own lines, the
     * sections' parts, the "moved n times" summary whose history is loaded when opened (null: never moved); then
     * the items every card repeats, as flags whose texts are in {@code texts}: {@code ics} the calendar file,
     * {@code chat} the link to the conversation with the doctor (its address; null: none), {@code change}
     * "Reschedule" and "Cancel".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sent(
            long id,
            @JsonProperty("w") String when,
            @JsonProperty("s") String status,
            @JsonProperty("b") String badge,
            @JsonProperty("p") String party,
            @JsonProperty("l") List<Line> lines,
            @JsonProperty("x") List<Part> parts,
            @JsonProperty("m") @Nullable String moved,
            @JsonProperty("f") boolean ics,
            @JsonProperty("c") @Nullable String chat,
            @JsonProperty("r") boolean change) {}

    /** What the {@code cards} property holds: the two lists. */
    record Lists(List<Sent> upcoming, List<Sent> past) {}

    /**
     * One card as a person sees it (what {@link Sent} and the page's texts draw): when, status, with whom, lines,
     * parts, the moved summary, its downloads, links and buttons.
     */
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

    /** The page with its constant texts (keys as the element reads them, see its file). */
    AppointmentCards(Map<String, String> texts) {
        getElement().setProperty("texts", JSON.writeValueAsString(texts));
    }

    /** Shows these cards (replacing any shown); histories opened before are forgotten. */
    void show(List<Sent> upcoming, List<Sent> past) {
        getElement().setProperty("cards", JSON.writeValueAsString(new Lists(upcoming, past)));
        getElement().removeProperty("histories");
    }

    /** Shows the reminders switch on or off. */
    void showReminders(boolean on) {
        getElement().setProperty("reminders", on);
    }

    /** Whether the reminders switch is shown on. */
    boolean remindersShown() {
        return getElement().getProperty("reminders", false);
    }

    /** The page's constant texts, read back from what was sent to the browser. */
    Map<String, String> texts() {
        return JSON.readValue(getElement().getProperty("texts", "{}"), TEXTS);
    }

    /** The cards of one list ({@link #UPCOMING} or {@link #PAST}) as shown, read back from what was sent. */
    List<Card> cards(String list) {
        Lists lists = lists();
        Map<String, String> texts = texts();
        return (list.equals(UPCOMING) ? lists.upcoming() : lists.past())
                .stream().map(sent -> card(sent, texts)).toList();
    }

    /** Both lists' cards, upcoming first. */
    List<Card> cards() {
        return Stream.concat(cards(UPCOMING).stream(), cards(PAST).stream()).toList();
    }

    private Lists lists() {
        return JSON.readValue(getElement().getProperty("cards", "{\"upcoming\":[],\"past\":[]}"), LISTS);
    }

    /** The card as the browser draws it from what was sent and the page's texts. */
    private static Card card(Sent sent, Map<String, String> texts) {
        List<Download> downloads =
                sent.ics() ? List.of(new Download(CALENDAR_FILE, texts.get("ics"), "ics-link")) : List.of();
        List<Link> links =
                sent.chat() == null ? List.of() : List.of(new Link(texts.get("chat"), "message-doctor", sent.chat()));
        List<Action> actions = sent.change()
                ? List.of(
                        new Action(RESCHEDULE, texts.get("reschedule"), "reschedule", ""),
                        new Action(CANCEL, texts.get("cancel"), "cancel", "error"))
                : List.of();
        return new Card(
                sent.id(),
                sent.when(),
                sent.status(),
                sent.badge(),
                sent.party(),
                sent.lines(),
                sent.parts(),
                sent.moved(),
                downloads,
                links,
                actions);
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
     * Hears the reminders switch turned in the browser: {@code listener} gets the new state only when it differs
     * from the state shown (a repeated or stale event does nothing); the switch then shows it.
     */
    void onReminders(Consumer<Boolean> listener) {
        addListener(RemindersEvent.class, event -> {
            if (event.on != remindersShown()) {
                showReminders(event.on);
                listener.accept(event.on);
            }
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

    /**
     * A button of a card was clicked in the browser ({@code this.$server.cardAction(id, action)}); the id as sent,
     * checked by {@link #onAction}'s listener.
     */
    @ClientCallable
    void cardAction(@Nullable String appointmentId, @Nullable String action) {
        ComponentUtil.fireEvent(
                this, new ActionEvent(this, true, String.valueOf(appointmentId), String.valueOf(action)));
    }

    /** The reminders switch was turned in the browser ({@code this.$server.remindersChanged(on)}). */
    @ClientCallable
    void remindersChanged(boolean on) {
        ComponentUtil.fireEvent(this, new RemindersEvent(this, true, on));
    }

    /** What a click on a card's button in the browser does, for tests without a browser: the same call. */
    void act(long appointmentId, String action) {
        cardAction(String.valueOf(appointmentId), action);
    }

    /** What turning the reminders switch in the browser does, for tests without a browser: the same call. */
    void turnReminders(boolean on) {
        remindersChanged(on);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** A button of a card was clicked in the browser. */
    static class ActionEvent extends ComponentEvent<AppointmentCards> {

        private final String appointmentId;
        private final String action;

        ActionEvent(AppointmentCards source, boolean fromClient, String appointmentId, String action) {
            super(source, fromClient);
            this.appointmentId = appointmentId;
            this.action = action;
        }
    }

    /** The reminders switch was turned in the browser. */
    static class RemindersEvent extends ComponentEvent<AppointmentCards> {

        private final boolean on;

        RemindersEvent(AppointmentCards source, boolean fromClient, boolean on) {
            super(source, fromClient);
            this.on = on;
        }
    }
}
