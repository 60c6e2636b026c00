package app.praxis.doctor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A specialization as an admin types it: a name (unique) and an optional description. */
public record SpecializationForm(
        @NotBlank(message = "doctor.field.nameRequired") @Size(max = 100, message = "doctor.field.max100")
        String name,

        @Nullable @Size(max = 2000, message = "doctor.field.max2000")
        String description) {

    SpecializationForm normalized() {
        String text = description == null ? null : description.strip();
        return new SpecializationForm(
                name == null ? "" : name.strip().replaceAll("\\s+", " "), text == null || text.isEmpty() ? null : text);
    }
}
