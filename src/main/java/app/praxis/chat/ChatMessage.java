package app.praxis.chat;

import app.praxis.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message in a chat (chat_messages); read_at null means the other side has not read it. */
@Entity
@Table(name = "chat_messages")
public class ChatMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "message_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chat_id")
    private Chat chat;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id")
    private User sender;

    @Column(name = "message_text")
    private String text;

    /** Written from the application's clock ({@link ChatService#send}), never the column's default. */
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected ChatMessage() {}

    ChatMessage(Chat chat, User sender, String text) {
        this.chat = chat;
        this.sender = sender;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Chat getChat() {
        return chat;
    }

    public User getSender() {
        return sender;
    }

    public String getText() {
        return text;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
