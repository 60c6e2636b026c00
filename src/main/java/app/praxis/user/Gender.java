package app.praxis.user;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** users.gender holds the SQL document's words: 'Male', 'Female', 'Other'. */
public enum Gender {
    MALE("Male"),
    FEMALE("Female"),
    OTHER("Other");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of its name in the reader's language ({@code user.gender.female}); {@link #label} is the column's. */
    public String textKey() {
        return "user.gender." + name().toLowerCase(java.util.Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class ColumnConverter implements AttributeConverter<Gender, String> {
        @Override
        public String convertToDatabaseColumn(Gender gender) {
            return gender == null ? null : gender.label;
        }

        @Override
        public Gender convertToEntityAttribute(String column) {
            return column == null
                    ? null
                    : Arrays.stream(values())
                            .filter(g -> g.label.equals(column))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("Unknown gender " + column));
        }
    }
}
