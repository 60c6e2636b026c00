package app.praxis.base.ui.chart;

/** How a {@link Chart} labels values on its axis and in tooltips. */
public enum ValueFormat {
    /** Plain numbers (counts), whole steps. */
    COUNT,
    /** Fractions 0..1 shown as percentages, the axis running from 0 % to 100 %. */
    PERCENT,
    /** Amounts with two decimals. */
    AMOUNT
}
