package app.praxis.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void theDataTravelsToTheElementAsOnePropertySetBeforeItIsDrawn() {
        var chart = new Chart(ChartType.STACKED_BAR, ValueFormat.COUNT, "Visits");
        chart.setData(new ChartData(
                List.of("Mon", "Tue"),
                List.of(
                        new ChartSeries("Done", List.of(3, 4)).withColor("#009E73"),
                        new ChartSeries("Missed", Arrays.asList(1, null)))));

        String config = chart.getElement().getPropertyRaw("config").toString();

        assertThat(config)
                .contains("\"type\":\"STACKED_BAR\"", "\"labels\":[\"Mon\",\"Tue\"]", "\"name\":\"Done\"")
                .contains("\"values\":[3.0,4.0]", "\"values\":[1.0,null]", "\"color\":\"#009E73\"");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Visits");
    }

    @Test
    void numbersAreWrittenInThePagesLanguageNotTheBrowsers() {
        var ui = new UI();
        ui.setLocale(Locale.GERMANY);
        UI.setCurrent(ui);
        try {
            var chart = new Chart(ChartType.BAR, ValueFormat.AMOUNT, "Umsatz");
            chart.setData(new ChartData(List.of("KW 49"), List.of(new ChartSeries("Bezahlt", List.of(1234.5)))));

            assertThat(chart.getElement().getPropertyRaw("config").toString()).contains("\"locale\":\"de-DE\"");
        } finally {
            UI.setCurrent(null);
        }
    }

    @Test
    void aSeriesMustHaveAValuePerLabel() {
        assertThatThrownBy(() -> new ChartData(List.of("a", "b"), List.of(new ChartSeries("x", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 labels");
    }
}
