// <praxis-my-appointments>: the patient's "My appointments" drawn in the browser. The Java component
// AppointmentCards (app.praxis.appointment.ui) sets three properties:
// - `texts`, one JSON object of the page's constant texts in its language, sent once: {heading, reminders, upcoming,
//   past, nothingBooked, findDoctor, findDoctorHref, noneYet, ics, chat, reschedule, cancel};
// - `cards`, one JSON string {upcoming: [card], past: [card]}, a card being {id, when, status, badge, party,
//   lines: [{text, className?, label?}], parts: [{className, lines, downloads: [{file, text, className}], actions:
//   [{action, text, className, theme}]}], moved?, ics, chat?, change}: `ics` shows the calendar file's link, `chat`
//   is the address of the conversation with the doctor, `change` shows "Reschedule" and "Cancel" (their texts are
//   in `texts`, not repeated per card);
// - `reminders`, the switch's state; `histories`, a JSON object {appointmentId: [entry, ...]} of the histories
//   loaded; and the attribute `download-url`, one server URL for every download (with ?appointment=…&file=…).
// A button sends one event, `card-action`, with {appointmentId, action}; opening a moved card's history sends the
// action `history`; the switch sends `reminders-change` with {on}. The server checks that the card is shown and
// offers the action, and decides what happens. Buttons and the switch are Lumo's web components in the light DOM,
// so the page's styles (44 px targets on a phone) and tests reach them, while the server keeps one element instead
// of about 15 components per card and the page's headings, switch and texts (issue 18: memory per session).
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import '@vaadin/checkbox';

class PraxisMyAppointments extends LitElement {
  static properties = {
    texts: { type: String },
    cards: { type: String },
    reminders: { type: Boolean },
    histories: { type: String },
    downloadUrl: { type: String, attribute: 'download-url' },
  };

  constructor() {
    super();
    this.texts = '{}';
    this.cards = '{}';
    this.reminders = false;
    this.histories = '{}';
    this.downloadUrl = '';
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (changed.has('texts')) {
      this._texts = parse(this.texts, {});
    }
  }

  render() {
    const t = this._texts || {};
    const lists = parse(this.cards, {});
    const upcoming = lists.upcoming || [];
    const past = lists.past || [];
    const histories = parse(this.histories, {});
    return html`<h2>${t.heading}</h2>
      <vaadin-checkbox
        id="reminders-switch"
        .label=${t.reminders}
        .checked=${this.reminders}
        @change=${(e) => this.remindersChanged(e)}
      ></vaadin-checkbox>
      <h3>${t.upcoming}</h3>
      ${upcoming.length
        ? this.list('upcoming-appointments', upcoming, histories, t)
        : html`<p class="nothing-booked">${t.nothingBooked} <a href=${t.findDoctorHref}>${t.findDoctor}</a></p>`}
      <h3>${t.past}</h3>
      ${past.length ? this.list('past-appointments', past, histories, t) : html`<p class="none-yet">${t.noneYet}</p>`}`;
  }

  list(id, cards, histories, t) {
    return html`<div id=${id} class="appointment-list">
      ${cards.map((card) => this.card(card, histories[String(card.id)], t))}
    </div>`;
  }

  card(card, history, t) {
    return html`<div class="appointment-card" data-appointment-id=${card.id}>
      <div class="appointment-card-header">
        <span class="appointment-when">${card.when}</span>
        <span class="appointment-status" theme=${'badge' + card.badge}>${card.status}</span>
      </div>
      <div class="appointment-party">${card.party}</div>
      <div class="appointment-details">
        ${card.lines.map((line) => this.line(line))}
        ${card.parts.map(
          (part) => html`<div class=${'appointment-part ' + part.className}>
            ${part.lines.map((line) => this.line(line))}
            ${part.downloads.length
              ? html`<div class="appointment-links">${part.downloads.map((d) => this.download(card, d))}</div>`
              : nothing}
            ${part.actions.length
              ? html`<div class="appointment-actions">${part.actions.map((a) => this.action(card, a))}</div>`
              : nothing}
          </div>`,
        )}
      </div>
      ${card.moved
        ? html`<details class="appointment-history" @toggle=${(e) => this.historyToggled(e, card, history)}>
            <summary>${card.moved}</summary>
            <ul>
              ${(history || []).map((entry) => html`<li>${entry}</li>`)}
            </ul>
          </details>`
        : nothing}
      <div class="appointment-actions">
        ${card.ics ? this.download(card, { file: 'ics', text: t.ics, className: 'ics-link' }) : nothing}
        ${card.chat ? html`<a class="appointment-link message-doctor" href=${card.chat}>${t.chat}</a>` : nothing}
        ${card.change
          ? html`${this.action(card, { action: 'reschedule', text: t.reschedule, className: 'reschedule' })}
            ${this.action(card, { action: 'cancel', text: t.cancel, className: 'cancel', theme: 'error' })}`
          : nothing}
      </div>
    </div>`;
  }

  line(line) {
    const cls = 'appointment-line' + (line.className ? ' ' + line.className : '');
    return line.label
      ? html`<div class=${cls}><span role="img" aria-label=${line.label}>${line.text}</span></div>`
      : html`<div class=${cls}>${line.text}</div>`;
  }

  download(card, download) {
    const separator = this.downloadUrl.includes('?') ? '&' : '?';
    const href = `${this.downloadUrl}${separator}appointment=${card.id}&file=${encodeURIComponent(download.file)}`;
    return html`<a class=${'appointment-link ' + download.className} href=${href} download router-ignore
      >${download.text}</a
    >`;
  }

  action(card, action) {
    return html`<vaadin-button
      class=${action.className}
      theme=${action.theme || nothing}
      @click=${() => this.send(card.id, action.action)}
      >${action.text}</vaadin-button
    >`;
  }

  remindersChanged(event) {
    const on = event.target.checked;
    this.reminders = on;
    this.dispatchEvent(new CustomEvent('reminders-change', { detail: { on } }));
  }

  historyToggled(event, card, history) {
    if (event.target.open && !history) {
      this.send(card.id, 'history');
    }
  }

  send(appointmentId, action) {
    this.dispatchEvent(new CustomEvent('card-action', { detail: { appointmentId: String(appointmentId), action } }));
  }
}

function parse(json, fallback) {
  try {
    return JSON.parse(json) ?? fallback;
  } catch (e) {
    return fallback;
  }
}

customElements.define('praxis-my-appointments', PraxisMyAppointments);
