package app.praxis.payment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.ui.AppointmentSection;
import app.praxis.payment.DocumentFile;
import app.praxis.payment.PaymentDetails;
import app.praxis.payment.PaymentPage;
import app.praxis.payment.PaymentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payment's part of the appointment cards and the calendar's dialog: one query for all rows shown. As components
 * ({@link PaymentPanel}) for the staff's screens; as data (lines, receipt and credit-note downloads, "Record
 * payment"/"Refund") for the cards drawn in the browser, whose buttons come back to {@link #act}.
 */
@org.springframework.stereotype.Component
class PaymentSection implements AppointmentSection {

    static final String RECORD = "payment:record";
    static final String REFUND = "payment:refund";
    static final String RECEIPT = "payment:receipt";
    static final String CREDIT_NOTE = "payment:creditNote";

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

    @Override
    public Map<Long, Part> partsFor(List<AppointmentRow> rows) {
        // One call for the page: the cards' amounts and buttons come with it, not from a call per card.
        PaymentPage page =
                payments.paymentPage(rows.stream().map(AppointmentRow::id).toList());
        var parts = new LinkedHashMap<Long, Part>();
        rows.forEach(row -> page.payment(row.id())
                .ifPresent(payment ->
                        parts.put(row.id(), part(payment, page, row.status() == AppointmentStatus.CANCELLED))));
        return parts;
    }

    private static Part part(PaymentDetails payment, PaymentPage page, boolean appointmentCancelled) {
        List<Line> lines =
                PaymentPanel.lines(payment, page::format).stream().map(Line::of).toList();
        var downloads = new ArrayList<Download>();
        if (payment.hasReceipt()) {
            downloads.add(new Download(
                    RECEIPT, I18NProvider.translate("payment.panel.receipt", payment.receiptNumber()), "receipt-link"));
        }
        if (payment.hasCreditNote()) {
            downloads.add(new Download(
                    CREDIT_NOTE,
                    I18NProvider.translate("payment.panel.creditNote", payment.creditNoteNumber()),
                    "credit-note-link"));
        }
        var actions = new ArrayList<Action>();
        if (page.mayRecord(payment)) {
            actions.add(new Action(RECORD, I18NProvider.translate("payment.recordPayment"), "record-payment", ""));
        }
        if (page.mayRefund(payment, appointmentCancelled)) {
            actions.add(new Action(REFUND, I18NProvider.translate("payment.refund"), "refund", ""));
        }
        return new Part("payment-section", lines, downloads, actions);
    }

    @Override
    public boolean act(AppointmentRow row, String action, Runnable onChange) {
        switch (action) {
            case RECORD -> {
                PaymentDetails payment = payments.payment(row.id());
                if (payments.mayRecord(payment)) {
                    new RecordPaymentDialog(row.id(), payments.draft(row.id()), payments, onChange).open();
                } else {
                    onChange.run();
                }
                return true;
            }
            case REFUND -> {
                PaymentDetails payment = payments.payment(row.id());
                if (payments.mayRefund(payment, row.status() == AppointmentStatus.CANCELLED)) {
                    new RefundDialog(payment, payments, onChange).open();
                } else {
                    onChange.run();
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public Optional<File> download(long appointmentId, String file) {
        Optional<DocumentFile> document =
                switch (file) {
                    case RECEIPT -> Optional.of(payments.receipt(appointmentId));
                    case CREDIT_NOTE -> Optional.of(payments.creditNote(appointmentId));
                    default -> Optional.empty();
                };
        return document.map(found -> new File(found.fileName(), found.mediaType(), found.content()));
    }
}
