package app.praxis.base.ui;

import app.praxis.base.InvalidInputException;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A profile photo with an upload and a remove button. The feature that stores photos does the judging (content,
 * size, re-encoding) through {@code store}; this shows the result or the refusal next to the photo. The
 * component's own type and size limits only spare the upload of obviously wrong files.
 */
public class PhotoField extends Div {

    public static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp"};

    public final Upload upload;
    public final Button remove = new Button();
    public final Span error = new Span();
    private final String name;
    private final BiFunction<@Nullable String, byte[], String> store;
    private Avatar avatar;

    /**
     * @param store stores an upload (file name as sent, content) and returns the new photo name, or throws
     *     {@link InvalidInputException} with a message for the person
     * @param removeAction removes the photo
     */
    public PhotoField(
            String name,
            @Nullable String photo,
            long maxBytes,
            BiFunction<@Nullable String, byte[], String> store,
            Runnable removeAction) {
        this.name = name;
        this.store = store;
        setId("photo-field");
        addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER);
        avatar = avatar(photo);
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> accept(metadata.fileName(), data)));
        upload.setId("photo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setDropLabel(new Span(getTranslation("base.photo.dropLabel", maxBytes / (1024 * 1024))));
        upload.setI18n(uploadI18n());
        remove.setText(getTranslation("base.photo.remove"));
        upload.addFileRejectedListener(event -> showError(event.getErrorMessage()));
        error.setId("photo-error");
        error.addClassNames("praxis-error", LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        error.setVisible(false);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setVisible(photo != null);
        remove.addClickListener(event -> {
            removeAction.run();
            show(null);
        });
        var controls = new Div(upload, error, remove);
        controls.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        controls.getStyle().set("min-width", "0").set("flex", "1 1 14rem");
        add(avatar, controls);
    }

    /** What the upload delivers: stored and shown, or the refusal shown. Public for tests without a browser. */
    public void accept(@Nullable String fileName, byte[] content) {
        try {
            show(store.apply(fileName, content));
            error.setVisible(false);
        } catch (InvalidInputException refused) {
            showError(String.join(" ", refused.fieldErrors().values()));
        }
        upload.clearFileList();
    }

    private void show(@Nullable String photo) {
        Avatar fresh = avatar(photo);
        replace(avatar, fresh);
        avatar = fresh;
        remove.setVisible(photo != null);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private Avatar avatar(@Nullable String photo) {
        Avatar shown = Avatars.of(name, photo);
        shown.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        shown.setId("profile-avatar");
        return shown;
    }

    /** Vaadin's upload texts in the page's language. */
    private UploadI18N uploadI18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("base.photo.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("base.photo.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("base.photo.tooMany"))
                .setFileIsTooBig(getTranslation("base.photo.tooBig"))
                .setIncorrectFileType(getTranslation("base.photo.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("base.photo.connecting"))
                        .setStalled(getTranslation("base.photo.stalled"))
                        .setProcessing(getTranslation("base.photo.processing"))
                        .setHeld(getTranslation("base.photo.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("base.photo.remaining"))
                        .setUnknown(getTranslation("base.photo.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("base.photo.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("base.photo.serverError"))
                        .setForbidden(getTranslation("base.photo.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("base.photo.retry"))
                .setStart(getTranslation("base.photo.start"))
                .setRemove(getTranslation("base.photo.removeFile")));
        return i18n;
    }

    public Avatar avatar() {
        return avatar;
    }
}
