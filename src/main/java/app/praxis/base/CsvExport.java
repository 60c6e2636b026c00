package app.praxis.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark, comma-separated, CRLF. A text cell that starts with
 * {@code = + - @} (or a tab or carriage return) would run as a formula: it gets a leading apostrophe. Numbers are
 * written as numbers. Rows go straight to the stream, so an export never sits in memory whole.
 */
public final class CsvExport implements AutoCloseable {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Writes the byte-order mark and the header row. Closing the export flushes but does not close {@code out}. */
    public static CsvExport open(OutputStream out, String... header) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        var export = new CsvExport(new CSVPrinter(writer, format));
        export.row((Object[]) header);
        return export;
    }

    /** One row; an I/O failure (the browser went away) is rethrown unchecked to end the export. */
    public void row(@Nullable Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = neutralise(cells[i]);
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static @Nullable Object neutralise(@Nullable Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
