package app.praxis.patient.ui;

import app.praxis.audit.RecordOpening;
import app.praxis.base.Formats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** "Who opened my record": the practice's staff who looked at the patient's record, appointments or messages. */
class RecordOpeningsSection extends Details {

    RecordOpeningsSection(List<RecordOpening> openings, ZoneId zone) {
        setId("record-openings");
        setSummaryText(getTranslation("patient.openings.summary"));
        if (openings.isEmpty()) {
            add(new Paragraph(getTranslation("patient.openings.none")));
            return;
        }
        Formats formats = Formats.current();
        var list = new UnorderedList();
        for (RecordOpening opening : openings) {
            String role =
                    getTranslation("patient.openings.role." + opening.role().toUpperCase(Locale.ROOT));
            String what =
                    getTranslation("patient.openings.action." + opening.action().name());
            LocalDateTime at = LocalDateTime.ofInstant(opening.at(), zone);
            list.add(new ListItem(
                    getTranslation("patient.openings.entry", formats.when(at), opening.who(), role, what)));
        }
        add(new Paragraph(getTranslation("patient.openings.latest")), list);
    }
}
