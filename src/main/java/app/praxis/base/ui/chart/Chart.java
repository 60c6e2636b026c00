package app.praxis.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bar, stacked bar or line chart (Chart.js 4) with a typed Java API: the server sets the data as records, the
 * element draws them. The whole configuration travels as one property, so data set before the element is
 * defined in the browser is not lost. Sized by its container (16rem high by default), readable at 375 px.
 */
@Tag("praxis-chart")
@NpmPackage(value = "chart.js", version = Chart.VERSION)
@JsModule("./chart/praxis-chart.js")
public class Chart extends Component implements HasSize, HasStyle {

    static final String VERSION = "4.5.1";

    private final ChartType type;
    private final ValueFormat format;
    private final String title;
    private ChartData data = ChartData.empty();

    /** @param title what the chart shows, also read out by screen readers */
    public Chart(ChartType type, ValueFormat format, String title) {
        this.type = type;
        this.format = format;
        this.title = title;
        getElement().getStyle().set("display", "block");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        setWidthFull();
        setHeight("16rem");
        send();
    }

    public void setData(ChartData data) {
        this.data = data;
        send();
    }

    public ChartData getData() {
        return data;
    }

    public ChartType getType() {
        return type;
    }

    public ValueFormat getFormat() {
        return format;
    }

    public String getTitle() {
        return title;
    }

    private void send() {
        getElement().setPropertyJson("config", toJson());
    }

    ObjectNode toJson() {
        var json = JsonNodeFactory.instance;
        ObjectNode config = json.objectNode()
                .put("type", type.name())
                .put("format", format.name())
                .put("title", title)
                .put("locale", getLocale().toLanguageTag());
        ArrayNode labels = config.putArray("labels");
        data.labels().forEach(labels::add);
        ArrayNode series = config.putArray("series");
        for (ChartSeries one : data.series()) {
            ObjectNode node = series.addObject().put("name", one.name());
            if (one.color() != null) {
                node.put("color", one.color());
            }
            ArrayNode values = node.putArray("values");
            for (Number value : one.values()) {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value.doubleValue());
                }
            }
        }
        return config;
    }
}
