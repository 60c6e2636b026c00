// <praxis-chart>: Chart.js 4 (MIT) as a custom element. The Java component Chart (app.praxis.base.ui.chart) sets
// one property, `config` ({type, format, title, labels, series: [{name, values, color?}]}); this element only
// draws it. Phone first: no fixed aspect ratio (the element's height rules), small ticks, legend below.
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip);

// Colour-blind-safe palette (Okabe–Ito), used where the server names no colour.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'];

// Numbers in the page's language (the server sends it: en-GB "1,234.5", de-DE "1.234,5"), not the browser's.
const formatter = (format, locale) => {
  if (format === 'PERCENT') {
    return (value) => `${Math.round(value * 100)} %`;
  }
  if (format === 'AMOUNT') {
    return (value) => Number(value).toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  }
  return (value) => Number(value).toLocaleString(locale);
};

class PraxisChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
  }

  // A property the server set before this class was defined would shadow the setter: re-apply it.
  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    if (!this._canvas) {
      this.style.position = this.style.position || 'relative';
      this._canvas = document.createElement('canvas');
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    this._chart?.destroy();
    this._chart = null;
  }

  set config(config) {
    this._config = config;
    this._draw();
  }

  get config() {
    return this._config;
  }

  _draw() {
    if (!this._canvas || !this.isConnected || !this._config) {
      return;
    }
    const { type, format, title, labels, series, locale } = this._config;
    const horizontal = type === 'HORIZONTAL_BAR';
    const stacked = type === 'STACKED_BAR';
    const line = type === 'LINE';
    const show = formatter(format, locale || undefined);
    const datasets = series.map((one, index) => {
      const color = one.color ?? PALETTE[index % PALETTE.length];
      return {
        label: one.name,
        data: one.values,
        backgroundColor: color,
        borderColor: color,
        borderWidth: line ? 2 : 0,
        pointRadius: line ? 2 : 0,
        tension: 0.2,
        maxBarThickness: 40,
      };
    });
    const valueAxis = {
      beginAtZero: true,
      stacked,
      max: format === 'PERCENT' ? 1 : undefined,
      ticks: { callback: show, font: { size: 11 }, precision: format === 'COUNT' ? 0 : undefined },
    };
    const labelAxis = { stacked, ticks: { font: { size: 11 }, autoSkip: true, maxRotation: 0 } };
    const options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${show(item.raw ?? 0)}` } },
      },
    };
    const data = { labels, datasets };
    this._canvas.setAttribute('aria-label', title ?? '');
    this.dataset.points = String(labels.length);
    if (this._chart && this._chart.config.type === (line ? 'line' : 'bar')) {
      this._chart.data = data;
      this._chart.options = options;
      this._chart.update();
    } else {
      this._chart?.destroy();
      this._chart = new Chart(this._canvas, { type: line ? 'line' : 'bar', data, options });
    }
    this.dispatchEvent(new CustomEvent('chart-drawn', { bubbles: false }));
  }
}

customElements.define('praxis-chart', PraxisChart);
