package app.praxis.base.ui.chart;

/** How a {@link Chart} draws its series. */
public enum ChartType {
    /** Bars side by side per label. */
    BAR,
    /** Bars stacked per label (the series add up). */
    STACKED_BAR,
    /** Horizontal bars: long labels (names) stay readable on a phone. */
    HORIZONTAL_BAR,
    /** One line per series. */
    LINE
}
