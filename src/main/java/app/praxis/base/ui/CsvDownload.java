package app.praxis.base.ui;

import app.praxis.base.CsvExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;

/** A link that streams a CSV file written when it is clicked, with the filters as they are at that moment. */
public final class CsvDownload {

    /** Writes the CSV to the response as it goes (nothing is collected in memory first). */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private CsvDownload() {}

    public static Anchor anchor(String text, String fileName, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(CsvExport.MEDIA_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
        var anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", fileName);
        anchor.addClassName("csv-download");
        return anchor;
    }
}
