package app.praxis.payment.ui;

import app.praxis.payment.DocumentFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A download link whose file the service makes (and checks access for) only when it is clicked. */
final class DocumentLinks {

    private DocumentLinks() {}

    static Anchor link(String text, String className, Supplier<DocumentFile> file) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    DocumentFile document = file.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(document.content()),
                            document.fileName(),
                            document.mediaType(),
                            document.content().length);
                }),
                AttachmentType.DOWNLOAD,
                text);
        link.addClassNames(className, LumoUtility.FontSize.SMALL);
        return link;
    }
}
