// <praxis-my-appointments>: the patient's "My appointments" drawn in the browser. The Java component
// AppointmentCards (app.praxis.appointment.ui) sets three properties:
// - `texts`, one JSON object of the page's constant texts in its language, sent once: {heading, reminders, upcoming,
//   past, nothingBooked, findDoctor, findDoctorHref, noneYet, ics, chat, reschedule, cancel};
// - `cards`, one JSON string {upcoming: [card], past: [card]} with short keys (the string stays in the server's
//   memory while the page is open): a card is {id, w: when, s: status, b: badge theme, p: party (the doctor),
//   l: lines, x: parts, m?: "moved n times", f: the calendar file's link shown, c?: the address of the conversation
//   with the doctor, r: "Reschedule" and "Cancel" shown} (the texts of f, c and r are in `texts`, not repeated per
//   card); a line is {t: text, c?: class, a?: what a screen reader says instead}; a part (a section's, e.g. the
//   payment's) is {c: class, l: lines, d: downloads [{f: file, t: text, c: class}], a: actions [{a: action, t: text,
//   c: class, h?: Lumo theme}]};
// - `reminders`, the switch's state; `histories`, a JSON object {appointmentId: [entry, ...]} of the histories
//   loaded; and the attribute `download-url`, one server URL for every download (with ?appointment=…&file=…).
// A button calls the server's `cardAction(appointmentId, action)`; opening a moved card's history sends the action
// `history`; the switch calls `remindersChanged(on)`. The server checks that the card is shown and
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
        <span class="appointment-when">${card.w}</span>
        <span class="appointment-status" theme=${'badge' + card.b}>${card.s}</span>
      </div>
      <div class="appointment-party">${card.p}</div>
      <div class="appointment-details">
        ${(card.l || []).map((line) => this.line(line))}
        ${(card.x || []).map(
          (part) => html`<div class=${'appointment-part ' + part.c}>
            ${(part.l || []).map((line) => this.line(line))}
            ${part.d && part.d.length
              ? html`<div class="appointment-links">${part.d.map((d) => this.download(card, d.f, d.t, d.c))}</div>`
              : nothing}
            ${part.a && part.a.length
              ? html`<div class="appointment-actions">${part.a.map((a) => this.action(card, a.a, a.t, a.c, a.h))}</div>`
              : nothing}
          </div>`,
        )}
      </div>
      ${card.m
        ? html`<details class="appointment-history" @toggle=${(e) => this.historyToggled(e, card, history)}>
            <summary>${card.m}</summary>
            <ul>
              ${(history || []).map((entry) => html`<li>${entry}</li>`)}
            </ul>
          </details>`
        : nothing}
      <div class="appointment-actions">
        ${card.f ? this.download(card, 'ics', t.ics, 'ics-link') : nothing}
        ${card.c ? html`<a class="appointment-link message-doctor" href=${card.c}>${t.chat}</a>` : nothing}
        ${card.r
          ? html`${this.action(card, 'reschedule', t.reschedule, 'reschedule')}
            ${this.action(card, 'cancel', t.cancel, 'cancel', 'error')}`
          : nothing}
      </div>
    </div>`;
  }

  line(line) {
    const cls = 'appointment-line' + (line.c ? ' ' + line.c : '');
    return line.a
      ? html`<div class=${cls}><span role="img" aria-label=${line.a}>${line.t}</span></div>`
      : html`<div class=${cls}>${line.t}</div>`;
  }

  download(card, file, text, className) {
    const separator = this.downloadUrl.includes('?') ? '&' : '?';
    const href = `${this.downloadUrl}${separator}appointment=${card.id}&file=${encodeURIComponent(file)}`;
    return html`<a class=${'appointment-link ' + className} href=${href} download router-ignore>${text}</a>`;
  }

  action(card, action, text, className, theme) {
    return html`<vaadin-button class=${className} theme=${theme || nothing} @click=${() => this.send(card.id, action)}
      >${text}</vaadin-button
    >`;
  }

  remindersChanged(event) {
    const on = event.target.checked;
    this.reminders = on;
    this.$server.remindersChanged(on);
  }

  historyToggled(event, card, history) {
    if (event.target.open && !history) {
      this.send(card.id, 'history');
    }
  }

  send(appointmentId, action) {
    this.$server.cardAction(String(appointmentId), action);
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
