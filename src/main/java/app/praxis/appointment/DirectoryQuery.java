package app.praxis.appointment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A patient's search in the doctor directory. Empty parts do not filter. */
public record DirectoryQuery(
        @Nullable String name,
        @Nullable Long specializationId,
        @Nullable BigDecimal maxFee,
        DirectorySort sort) {

    public static DirectoryQuery all() {
        return new DirectoryQuery(null, null, null, DirectorySort.NEXT_FREE_SLOT);
    }
}
