package app.praxis.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.ui.MenuOnScreen;
import app.praxis.chat.ChatService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * How many state nodes a patient's open Messages keeps per session (issue 18: each node, with its features and
 * listeners, is server memory for as long as the page is open). A patient with three conversations, none open.
 */
@IntegrationTest
class MessagesNodesTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    ChatService chats;

    @AfterEach
    void leaveThenSignOut() {
        MenuOnScreen.leave();
        UI.getCurrent().removeAll();
        SignIn.out();
    }

    @Test
    void theInboxIsOneElementWhateverItsNumberOfConversations() {
        String family = "MsgNodes" + UUID.randomUUID().toString().substring(0, 8);
        PatientSummary patient = fixture.quickPatient(family);
        for (int i = 0; i < 3; i++) {
            DoctorSummary doctor = fixture.doctor(family + i);
            fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 10);
            SignIn.as(patient.userId(), Roles.PATIENT);
            chats.send(chats.chatWithDoctor(doctor.doctorId()), "Question " + i);
        }
        SignIn.as(patient.userId(), Roles.PATIENT);

        UI.getCurrent().navigate("messages");
        MessagesView view = AopTestUtils.getUltimateTargetObject((MessagesView) getCurrentView());

        assertThat(view.inbox.shown().entries()).hasSize(3);
        int page = nodes(view);
        System.out.printf(
                "messages nodes: whole UI %d, the view %d, inbox %d%n",
                nodes(UI.getCurrent()), page, nodes(view.inbox));
        // Round 7: each entry was 8–9 state nodes (avatar, name, time, preview, divs, badge); one element now.
        assertThat(nodes(view.inbox)).isOne();
        assertThat(page).isLessThanOrEqualTo(8);
    }

    @Test
    void theOpenConversationIsOneElementWhateverItsNumberOfMessages() {
        String family = "MsgNodes" + UUID.randomUUID().toString().substring(0, 8);
        PatientSummary patient = fixture.quickPatient(family);
        DoctorSummary doctor = fixture.doctor(family);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 10);
        SignIn.as(patient.userId(), Roles.PATIENT);
        long chat = chats.chatWithDoctor(doctor.doctorId());
        for (int i = 0; i < 12; i++) {
            chats.send(chat, "Question " + i);
        }

        UI.getCurrent().navigate("messages", QueryParameters.of(MessagesView.CHAT, String.valueOf(chat)));
        MessagesView view = AopTestUtils.getUltimateTargetObject((MessagesView) getCurrentView());

        assertThat(view.panel).isNotNull();
        assertThat(view.panel.messages()).hasSize(12);
        int page = nodes(view);
        System.out.printf(
                "messages with a chat open: whole UI %d, the view %d, panel %d%n",
                nodes(UI.getCurrent()), page, nodes(view.panel));
        // Round 8: a header (anchor, avatar, heading), a button, a MessageList per day, receipt, error and a
        // MessageInput: about twelve nodes and more with each day. One element now, whatever the messages.
        assertThat(nodes(view.panel)).isOne();
        assertThat(page).isLessThanOrEqualTo(8);
    }

    private static int nodes(Component component) {
        StateNode root = component.getElement().getNode();
        int[] count = {0};
        root.visitNodeTree(node -> count[0]++);
        return count[0];
    }
}
