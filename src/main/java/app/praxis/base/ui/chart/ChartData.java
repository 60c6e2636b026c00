package app.praxis.base.ui.chart;

import java.util.List;

/** What a chart draws: the labels along its category axis and one or more series with a value per label. */
public record ChartData(List<String> labels, List<ChartSeries> series) {

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (ChartSeries one : series) {
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series '" + one.name() + "' has "
                        + one.values().size() + " values for " + labels.size() + " labels");
            }
        }
    }

    public static ChartData empty() {
        return new ChartData(List.of(), List.of());
    }

    public boolean isEmpty() {
        return labels.isEmpty() || series.isEmpty();
    }
}
