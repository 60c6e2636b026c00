// <praxis-doctor-cards>: the directory's doctors, drawn in the browser. The Java component DoctorCards
// (app.praxis.appointment.ui) sets `cards`, one JSON string: [{doctorId, name, href, fullName, photo?, facts, next,
// times: [{slotId, text, label, href}]}], every text already in the page's language. Everything on a card is a
// plain link (the doctor's page; the booking page with a time chosen), which Vaadin's router follows: the element
// sends no event of its own. The name's link covers the whole card (styles.css, .doctor-card-link::after), the
// times stay above it. One element instead of about a dozen components per card (issue 18: memory per session).
import { LitElement, html } from 'lit';
import '@vaadin/avatar';

class PraxisDoctorCards extends LitElement {
  static properties = {
    cards: { type: String },
  };

  constructor() {
    super();
    this.cards = '[]';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    let cards;
    try {
      cards = JSON.parse(this.cards);
    } catch (e) {
      cards = [];
    }
    return cards.map(
      (card) => html`<div class="doctor-card" data-doctor-id=${card.doctorId}>
        <vaadin-avatar .name=${card.fullName} .img=${card.photo ?? undefined}></vaadin-avatar>
        <div class="doctor-card-text">
          <a class="doctor-card-link" href=${card.href}>${card.name}</a>
          <div class="doctor-card-facts">${card.facts}</div>
          <span class="doctor-card-next">${card.next}</span>
          ${card.times.length
            ? html`<div class="doctor-card-times">
                ${card.times.map(
                  (time) =>
                    html`<a class="doctor-card-time" href=${time.href} data-slot-id=${time.slotId} aria-label=${time.label}
                      >${time.text}</a
                    >`,
                )}
              </div>`
            : ''}
        </div>
      </div>`,
    );
  }
}

customElements.define('praxis-doctor-cards', PraxisDoctorCards);
