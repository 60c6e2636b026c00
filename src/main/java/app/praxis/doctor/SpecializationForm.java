package app.praxis.doctor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A specialization as an admin types it: a name (unique) and an optional description. */
public record SpecializationForm(
        @NotBlank(message = "Enter a name") @Size(max = 100, message = "At most 100 characters")
        String name,

        @Nullable @Size(max = 2000, message = "At most 2,000 characters")
        String description) {

    SpecializationForm normalized() {
        String text = description == null ? null : description.strip();
        return new SpecializationForm(
                name == null ? "" : name.strip().replaceAll("\\s+", " "), text == null || text.isEmpty() ? null : text);
    }
}
