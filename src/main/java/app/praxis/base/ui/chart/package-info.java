/**
 * A reusable chart component: Chart.js 4 (MIT) behind a typed Java API. Views hand it {@link ChartData} records
 * (labels and named series of numbers); no view writes chart JSON. Knows nothing about Praxis' domain.
 */
@NullMarked
package app.praxis.base.ui.chart;

import org.jspecify.annotations.NullMarked;
