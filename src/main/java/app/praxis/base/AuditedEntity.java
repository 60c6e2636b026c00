package app.praxis.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * created_at / updated_at are maintained by the database (DEFAULT CURRENT_TIMESTAMP … ON UPDATE
 * CURRENT_TIMESTAMP). Java never writes them; Hibernate reads back what the database wrote.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
