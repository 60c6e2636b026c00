package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A column of appointment cards, or a line saying there are none; the patient's and the doctor's lists. */
class AppointmentList extends Div {

    AppointmentList(String id) {
        setId(id);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
    }

    void show(List<AppointmentRow> rows, Supplier<Component> whenEmpty, Function<AppointmentRow, Component> card) {
        removeAll();
        if (rows.isEmpty()) {
            add(whenEmpty.get());
        }
        rows.forEach(row -> add(card.apply(row)));
    }
}
