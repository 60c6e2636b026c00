package app.praxis.base.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One named series: a value per label of its {@link ChartData} (null where there is none).
 *
 * @param color a CSS colour, or null for the chart's palette
 */
public record ChartSeries(
        String name,
        List<@Nullable Number> values,
        @Nullable String color) {

    public ChartSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public ChartSeries(String name, List<? extends @Nullable Number> values) {
        this(name, new ArrayList<@Nullable Number>(values), null);
    }

    public ChartSeries withColor(String cssColor) {
        return new ChartSeries(name, values, cssColor);
    }
}
