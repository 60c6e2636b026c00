package app.praxis.payment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.ui.AppointmentSection;
import app.praxis.payment.PaymentDetails;
import app.praxis.payment.PaymentService;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Payment's part of the appointment cards and the calendar's dialog: one query for all rows shown. */
@org.springframework.stereotype.Component
class PaymentSection implements AppointmentSection {

    private final PaymentService payments;

    PaymentSection(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public Map<Long, Component> sectionsFor(List<AppointmentRow> rows, Runnable onChange) {
        Map<Long, PaymentDetails> byAppointment =
                payments.payments(rows.stream().map(AppointmentRow::id).toList());
        var sections = new LinkedHashMap<Long, Component>();
        rows.forEach(row -> {
            PaymentDetails payment = byAppointment.get(row.id());
            if (payment != null) {
                sections.put(
                        row.id(),
                        new PaymentPanel(payment, payments, row.status() == AppointmentStatus.CANCELLED, onChange));
            }
        });
        return sections;
    }
}
