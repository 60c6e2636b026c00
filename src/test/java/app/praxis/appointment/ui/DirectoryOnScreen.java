package app.praxis.appointment.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The directory's element as a browserless test sees it and drives it: what it shows is read back from the JSON the
 * server sent it, and a filter changed sends all four filters in one call, as {@code praxis-directory.js} does
 * (it keeps the values typed or chosen and sends them together).
 */
final class DirectoryOnScreen {

    private final DoctorDirectoryView view;
    private String name = "";
    private String specialization = "";
    private String maxFee = "";
    private String sort;

    DirectoryOnScreen(DoctorDirectoryView view) {
        this.view = view;
        this.sort = view.texts().sort();
    }

    /** Types a name. */
    DirectoryOnScreen name(String typed) {
        name = typed;
        return send();
    }

    /** Chooses a specialization by the value the list offers ("" clears it). */
    DirectoryOnScreen specialization(String value) {
        specialization = value;
        return send();
    }

    /** Types the maximum fee as a person would ("60,5" in German). */
    DirectoryOnScreen maxFee(String typed) {
        maxFee = typed;
        return send();
    }

    /** Chooses a sort by its value. */
    DirectoryOnScreen sort(String value) {
        sort = value;
        return send();
    }

    private DirectoryOnScreen send() {
        view.search(name, specialization, maxFee, sort);
        return this;
    }

    /** Clicks "Show more". */
    void more() {
        view.more();
    }

    List<DoctorCards.Card> cards() {
        return view.cards();
    }

    /** "3 doctors", or "" while a refused filter is shown. */
    String summary() {
        return view.state().summary();
    }

    /** The phone's filter toggle: "Filters (2)". */
    String filtersButton() {
        return view.state().filters();
    }

    @Nullable
    String feeError() {
        return view.state().feeError();
    }

    boolean moreShown() {
        return view.moreShown();
    }

    DoctorDirectoryView.Texts texts() {
        return view.texts();
    }
}
