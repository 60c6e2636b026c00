// <praxis-slot-week>: a doctor's free times for the days shown, as columns of time buttons. The Java component
// SlotWeek (app.praxis.appointment.ui) sets two properties: `week`, one JSON string
// {days: [{date, weekday, dayMonth, none, times: [[id, text, label], ...]}]} with every text already in the page's
// language, and `selected`, the chosen slot's id (or -1). A click or Enter/Space on a time sends one event,
// `slot-chosen`, with the slot's id; the server decides what happens. The buttons are Lumo's <vaadin-button>s in
// the light DOM, so the page's styles (.slot-day, 44 px targets on a phone) and tests reach them as before, while
// the server keeps one element instead of one component per time (issue 18: memory per session).
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';

class PraxisSlotWeek extends LitElement {
  static properties = {
    week: { type: String },
    selected: { type: Number },
  };

  constructor() {
    super();
    this.week = '{"days":[]}';
    this.selected = -1;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    let days;
    try {
      days = JSON.parse(this.week).days;
    } catch (e) {
      days = [];
    }
    return days.map(
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
    );
  }

  choose(id) {
    this.selected = id;
    this.dispatchEvent(new CustomEvent('slot-chosen', { detail: { id: String(id) } }));
  }
}

customElements.define('praxis-slot-week', PraxisSlotWeek);
