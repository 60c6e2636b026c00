// <praxis-slot-week>: a doctor's free times as a week grid with its navigation, the whole picker as one element.
// The Java component SlotWeek (app.praxis.appointment.ui), driven by SlotPicker, sets four properties:
// - `texts`, one JSON string sent once: {earlier, later, nextFree, label, none} in the page's language (the
//   navigation's accessible names and text, the grid's label, what is said when there are no free times);
// - `week`, one JSON string per week shown: {days: [{date, weekday, dayMonth, none, times: [[id, text, label], ...]}],
//   range, count, nav: [previous, next, nextFree] (enabled or not), empty};
// - `selected`, the chosen slot's id (or -1); `error`, a slot error shown right under the grid ('' for none).
// A click or Enter/Space on a time sends `slot-chosen` with the slot's id; one on the navigation sends `slot-move`
// with `previous`, `next` or `next-free`; the server decides what happens (it checks a chosen id against the
// times it showed). Everything is drawn in the light DOM with Lumo's buttons, so the page's styles (.slot-day, 44 px
// targets on a phone), the keyboard and the tests reach them as before, while the server keeps one element for
// the whole picker instead of a component per button, span and time (issue 18: memory per session).
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/icons';

const NO_WEEK = { days: [], range: '', count: 7, nav: [false, false, false], empty: true };

class PraxisSlotWeek extends LitElement {
  static properties = {
    texts: { type: String },
    week: { type: String },
    selected: { type: Number },
    error: { type: String },
  };

  constructor() {
    super();
    this.texts = '{}';
    this.week = JSON.stringify(NO_WEEK);
    this.selected = -1;
    this.error = '';
  }

  createRenderRoot() {
    return this;
  }

  static parse(text, fallback) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return fallback;
    }
  }

  render() {
    const t = PraxisSlotWeek.parse(this.texts, {});
    const week = PraxisSlotWeek.parse(this.week, NO_WEEK);
    const [previous, next, nextFree] = week.nav || [false, false, false];
    return html`<div class="slot-grid-nav" ?hidden=${week.empty}>
        <vaadin-button
          id="slot-previous"
          theme="icon"
          aria-label=${t.earlier || ''}
          ?disabled=${!previous}
          @click=${() => this.move('previous')}
          ><vaadin-icon icon="vaadin:angle-left"></vaadin-icon
        ></vaadin-button>
        <span id="slot-range" class="slot-range" aria-live="polite">${week.range}</span>
        <vaadin-button
          id="slot-next"
          theme="icon"
          aria-label=${t.later || ''}
          ?disabled=${!next}
          @click=${() => this.move('next')}
          ><vaadin-icon icon="vaadin:angle-right"></vaadin-icon
        ></vaadin-button>
        <vaadin-button id="slot-next-free" ?disabled=${!nextFree} @click=${() => this.move('next-free')}
          >${t.nextFree || ''}</vaadin-button
        >
      </div>
      <div
        id="slot-times"
        class="slot-grid"
        role="group"
        aria-label=${t.label || ''}
        style="--slot-days: ${week.count}"
        ?hidden=${week.empty}
      >
        ${week.days.map(
          (day) => html`<div class="slot-day" data-date=${day.date}>
            <div class="slot-day-header"><span>${day.weekday}</span><span>${day.dayMonth}</span></div>
            ${day.times.length === 0 ? html`<span class="slot-day-none" aria-label=${day.none}>—</span>` : nothing}
            ${day.times.map(([id, text, label]) => {
              const chosen = id === this.selected;
              return html`<vaadin-button
                theme=${chosen ? 'small primary' : 'small'}
                data-slot-id=${id}
                aria-label=${label}
                aria-pressed=${chosen ? 'true' : 'false'}
                @click=${() => this.choose(id)}
                >${text}</vaadin-button
              >`;
            })}
          </div>`,
        )}
      </div>
      <span id="slot-error" class="slot-error" role="alert" ?hidden=${!this.error}>${this.error}</span>
      <span class="slot-none" ?hidden=${!week.empty}>${t.none || ''}</span>`;
  }

  choose(id) {
    this.selected = id;
    this.dispatchEvent(new CustomEvent('slot-chosen', { detail: { id: String(id) } }));
  }

  move(to) {
    this.dispatchEvent(new CustomEvent('slot-move', { detail: { to } }));
  }
}

customElements.define('praxis-slot-week', PraxisSlotWeek);
