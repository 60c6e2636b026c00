package app.praxis.base.ui;

import app.praxis.base.Language;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;

/** A small language menu ("English", "Deutsch"); choosing one switches and remembers it (see {@link PageLanguage}). */
public class LanguageSwitch extends Composite<Select<Language>> {

    public LanguageSwitch(PageLanguage locales) {
        Select<Language> select = getContent();
        select.setId("language");
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        select.setValue(PageLanguage.current());
        select.setAriaLabel(select.getTranslation("base.language"));
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                locales.choose(event.getValue());
            }
        });
    }
}
