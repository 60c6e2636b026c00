package app.praxis.patient.ui;

import app.praxis.audit.RecordOpening;
import app.praxis.base.Formats;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * "Who opened my record": the practice's staff who looked at the patient's record, appointments or messages. A
 * native {@code <details>} in static HTML, every text escaped: one element instead of a component per entry
 * (issue 18: memory per session).
 */
class RecordOpeningsSection extends Html {

    RecordOpeningsSection(List<RecordOpening> openings, ZoneId zone) {
        super(html(openings, zone));
    }

    private static String html(List<RecordOpening> openings, ZoneId zone) {
        var details = new Element("details").attr("id", "record-openings").addClass("praxis-record-openings");
        details.appendElement("summary").text(I18NProvider.translate("patient.openings.summary"));
        if (openings.isEmpty()) {
            details.appendElement("p").text(I18NProvider.translate("patient.openings.none"));
            return details.outerHtml();
        }
        Formats formats = Formats.current();
        details.appendElement("p").text(I18NProvider.translate("patient.openings.latest"));
        var list = details.appendElement("ul");
        for (RecordOpening opening : openings) {
            String role = I18NProvider.translate(
                    "patient.openings.role." + opening.role().toUpperCase(Locale.ROOT));
            String what = I18NProvider.translate(
                    "patient.openings.action." + opening.action().name());
            LocalDateTime at = LocalDateTime.ofInstant(opening.at(), zone);
            list.appendElement("li")
                    .text(I18NProvider.translate(
                            "patient.openings.entry", formats.when(at), opening.who(), role, what));
        }
        return details.outerHtml();
    }

    /** The section's texts as a person reads them once it is opened. */
    String text() {
        return Jsoup.parseBodyFragment(getInnerHtml()).text();
    }
}
