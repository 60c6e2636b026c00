// <praxis-directory>: the whole "Find a doctor" page drawn in the browser (issue 18: memory per session). The Java
// view DoctorDirectoryView (app.praxis.appointment.ui) is this element and sets three JSON strings, every text
// already in the page's language:
//   `texts` (once): {heading, name, specialization, maxFee, sortBy, more, specializations: [{value, label}],
//   sorts: [{value, label}], sort (the default sort's value), cards: {nextFree: "Next free: {0}", noFreeTime,
//   bookTime: "Book Dr. {0} on {1}"}};
//   `cards`: [{id, fullName, photo?, facts, next? (the next free day and time), times: [[slotId, text, when]]}]:
//   only what differs from card to card; the name's title, the links, "Next free: …" and each time's accessible
//   name "Book Dr. … on …" are composed here from `texts.cards` (sent once instead of on every card);
//   `state`: {filters (the phone's toggle: "Filters (2)"), summary ("3 doctors"), nameError?, feeError?,
//   more (boolean)}.
// The filters come back as one call, $server.search(name, specialization, maxFee, sort), which the server checks
// (an unknown specialization or sort does nothing; the fee's message comes back as `feeError`, shown next to the
// field); "Show more" calls $server.more(). Everything on a card is a plain link (the doctor's page; the booking
// page with a time chosen) that Vaadin's router follows. The filters fold away on a phone behind a toggle that
// the browser opens and closes itself. The fields validate only by the server's word (`manual-validation`: a field
// left would otherwise check itself, find no rule of its own and hide the server's message).
import { LitElement, html, nothing } from 'lit';
import '@vaadin/avatar';
import '@vaadin/button';
import '@vaadin/combo-box';
import '@vaadin/select';
import '@vaadin/text-field';

/** A pattern's places ({0}, {1}) filled in one pass, as the server's DoctorCards.Patterns.fill does. */
function fill(pattern, ...values) {
  return (pattern ?? '').replace(/\{(\d)\}/g, (place, i) => (i < values.length ? values[i] : place));
}

function parse(json, fallback) {
  try {
    return JSON.parse(json) ?? fallback;
  } catch (e) {
    return fallback;
  }
}

/** As Vaadin's lazy value change mode: the search follows typing after a short pause. */
const TYPING_PAUSE_MS = 400;

class PraxisDirectory extends LitElement {
  static properties = {
    texts: { type: String },
    cards: { type: String },
    state: { type: String },
    __open: { state: true },
  };

  constructor() {
    super();
    this.texts = '{}';
    this.cards = '[]';
    this.state = '{}';
    this.__open = false;
    this.__name = '';
    this.__specialization = '';
    this.__fee = '';
    this.__sort = null;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const texts = parse(this.texts, {});
    const state = parse(this.state, {});
    const cards = parse(this.cards, []);
    if (this.__sort === null && texts.sort) {
      this.__sort = texts.sort;
      this.__sent = JSON.stringify(['', '', '', texts.sort]);
    }
    return html`<h2>${texts.heading ?? ''}</h2>
      <vaadin-text-field
        id="directory-name"
        label=${texts.name ?? ''}
        clear-button-visible
        style="width: 100%"
        manual-validation
        .invalid=${!!state.nameError}
        .errorMessage=${state.nameError ?? ''}
        @input=${(e) => this.__typed('__name', e.target.value)}
        @change=${(e) => this.__changed('__name', e.target.value)}
      ></vaadin-text-field>
      <vaadin-button
        id="filters-toggle"
        class="filters-toggle"
        aria-controls="directory-filters"
        aria-expanded=${String(this.__open)}
        @click=${() => (this.__open = !this.__open)}
        >${state.filters ?? ''}</vaadin-button
      >
      <div
        id="directory-filters"
        class="directory-filters ${this.__open ? 'filters-open' : ''}"
        style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); gap: var(--lumo-space-s)"
      >
        <vaadin-combo-box
          id="directory-specialization"
          label=${texts.specialization ?? ''}
          clear-button-visible
          style="width: 100%"
          .items=${texts.specializations ?? []}
          item-label-path="label"
          item-value-path="value"
          @value-changed=${(e) => this.__changed('__specialization', e.detail.value ?? '')}
        ></vaadin-combo-box>
        <vaadin-text-field
          id="directory-max-fee"
          label=${texts.maxFee ?? ''}
          clear-button-visible
          inputmode="decimal"
          allowed-char-pattern="[-0-9.,]"
          style="width: 100%"
          manual-validation
          .invalid=${!!state.feeError}
          .errorMessage=${state.feeError ?? ''}
          @input=${(e) => this.__typed('__fee', e.target.value)}
          @change=${(e) => this.__changed('__fee', e.target.value)}
        ></vaadin-text-field>
        <vaadin-select
          id="directory-sort"
          label=${texts.sortBy ?? ''}
          style="width: 100%"
          .items=${texts.sorts ?? []}
          .value=${this.__sort ?? ''}
          @change=${(e) => this.__changed('__sort', e.target.value)}
        ></vaadin-select>
      </div>
      <span id="directory-summary" aria-live="polite">${state.summary ?? ''}</span>
      <div id="directory-results" class="praxis-doctor-cards">
        ${cards.map((card) => this.__card(card, texts.cards ?? {}))}
      </div>
      ${state.more
        ? html`<vaadin-button id="directory-more" theme="tertiary" @click=${() => this.$server.more()}
            >${texts.more ?? ''}</vaadin-button
          >`
        : nothing}`;
  }

  __card(card, patterns) {
    const href = `doctors/${card.id}`;
    return html`<div class="doctor-card" data-doctor-id=${card.id}>
      <vaadin-avatar .name=${card.fullName} .img=${card.photo ?? undefined}></vaadin-avatar>
      <div class="doctor-card-text">
        <a class="doctor-card-link" href=${href}>Dr. ${card.fullName}</a>
        <div class="doctor-card-facts">${card.facts}</div>
        <span class="doctor-card-next">${card.next ? fill(patterns.nextFree, card.next) : (patterns.noFreeTime ?? '')}</span>
        ${card.times.length
          ? html`<div class="doctor-card-times">
              ${card.times.map(
                ([slotId, text, when]) =>
                  html`<a
                    class="doctor-card-time"
                    href="${href}?slot=${slotId}"
                    data-slot-id=${slotId}
                    aria-label=${fill(patterns.bookTime, card.fullName, when)}
                    >${text}</a
                  >`,
              )}
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  /** Typing: search once the person pauses. */
  __typed(field, value) {
    this[field] = value;
    clearTimeout(this.__pause);
    this.__pause = setTimeout(() => this.__send(), TYPING_PAUSE_MS);
  }

  /** A filter chosen or left: search now. */
  __changed(field, value) {
    this[field] = value;
    this.__send();
  }

  /** All the filters in one call, once per actual change. */
  __send() {
    clearTimeout(this.__pause);
    const filters = [this.__name, this.__specialization, this.__fee, this.__sort ?? ''];
    const sent = JSON.stringify(filters);
    if (sent === this.__sent) {
      return;
    }
    this.__sent = sent;
    this.$server.search(...filters);
  }
}

customElements.define('praxis-directory', PraxisDirectory);
