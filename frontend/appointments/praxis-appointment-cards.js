// <praxis-appointment-cards>: a list of appointment cards drawn in the browser. The Java component
// AppointmentCards (app.praxis.appointment.ui) sets `cards`, one JSON string: [{id, when, status, badge, party,
// lines: [{text, className?, label?}], parts: [{className, lines, downloads, actions}], moved?, downloads: [{file,
// text, className}], links: [{text, className, href}], actions: [{action, text, className, theme}]}], every text
// already in the page's language; `histories`, a JSON object {appointmentId: [entry, ...]} of the histories loaded;
// and the attribute `download-url`, one server URL for every download (with ?appointment=…&file=…). A button sends
// one event, `card-action`, with {appointmentId, action}; opening a moved card's history sends the action
// `history`. The server checks that the card is shown and offers the action, and decides what happens. Buttons are
// Lumo's <vaadin-button>s in the light DOM, so the page's styles (44 px targets on a phone) and tests reach them,
// while the server keeps one element instead of about 15 components per card (issue 18: memory per session).
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';

class PraxisAppointmentCards extends LitElement {
  static properties = {
    cards: { type: String },
    histories: { type: String },
    downloadUrl: { type: String, attribute: 'download-url' },
  };

  constructor() {
    super();
    this.cards = '[]';
    this.histories = '{}';
    this.downloadUrl = '';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const cards = parse(this.cards, []);
    const histories = parse(this.histories, {});
    return cards.map((card) => this.card(card, histories[String(card.id)]));
  }

  card(card, history) {
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
        ${card.downloads.map((d) => this.download(card, d))}
        ${card.links.map((link) => html`<a class=${'appointment-link ' + link.className} href=${link.href}>${link.text}</a>`)}
        ${card.actions.map((a) => this.action(card, a))}
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

customElements.define('praxis-appointment-cards', PraxisAppointmentCards);
