package app.praxis.patient.ui;

import app.praxis.audit.RecordOpening;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** "Who opened my record": the practice's staff who looked at the patient's record, appointments or messages. */
class RecordOpeningsSection extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    RecordOpeningsSection(List<RecordOpening> openings, ZoneId zone) {
        setId("record-openings");
        setSummaryText("Who at the practice opened your record");
        if (openings.isEmpty()) {
            add(new Paragraph("Nobody at the practice has opened your record yet."));
            return;
        }
        var list = new UnorderedList();
        for (RecordOpening opening : openings) {
            String role = opening.role().charAt(0) + opening.role().substring(1).toLowerCase(Locale.ROOT);
            list.add(new ListItem(WHEN.format(opening.at().atZone(zone)) + " · " + opening.who() + " (" + role + "): "
                    + opening.action().label().toLowerCase(Locale.ROOT)));
        }
        add(new Paragraph("Every opening is recorded; these are the latest."), list);
    }
}
