// The doctor's calendar's toolbar, drawn in the browser (issue 18: memory per session). The Java side
// (app.praxis.calendar.ui.CalendarToolbar) sets two properties, every text already in the page's language:
//   `texts` (JSON, set once: {previous, next, today, goToDate, view, newSlotMinutes, newSlotHelper, timeOff,
//   views: [{value, label}], dates: {pattern, monthNames, weekdays, weekdaysShort, today, cancel}})
//   `state` (JSON: {title, date (ISO), view, slotMinutes, slotError, message, enabled}).
// Clicks and inputs go to the server's @ClientCallable methods (previous, today, next, goTo, view, slotMinutes,
// timeOff); the server checks them (an unknown view or a malformed date does nothing) and answers with a new state.
// The server keeps no component per button, field or icon.
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import '@vaadin/date-picker';
import '@vaadin/icon';
import '@vaadin/icons';
import '@vaadin/integer-field';
import '@vaadin/select';

function parse(json, fallback) {
  try {
    return JSON.parse(json) ?? fallback;
  } catch (e) {
    return fallback;
  }
}

const pad = (number) => String(number).padStart(2, '0');

/** Formats {year, month (0-based), day} with a pattern of dd, MM and yyyy ("dd/MM/yyyy", "dd.MM.yyyy"). */
function formatDate(pattern, date) {
  return pattern
    .replace('yyyy', String(date.year))
    .replace('dd', pad(date.day))
    .replace('MM', pad(date.month + 1));
}

/** Reads "14/05/1990", "14.5.1990", "14.5.90" or "1990-05-14"; anything else is not a date. */
function parseDate(text) {
  const trimmed = (text ?? '').trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  let year, month, day;
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(trimmed);
    if (!match) {
      return undefined;
    }
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3].length === 2) {
      year += 2000;
    }
  }
  const check = new Date(year, month - 1, day);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) {
    return undefined;
  }
  return { year, month: month - 1, day };
}

class PraxisCalendarToolbar extends LitElement {
  static properties = {
    texts: { type: String },
    state: { type: String },
  };

  constructor() {
    super();
    this.texts = '{}';
    this.state = '{}';
  }

  createRenderRoot() {
    return this;
  }

  get __server() {
    return this.closest('#calendar-toolbar')?.$server;
  }

  __dateI18n(dates) {
    return {
      monthNames: dates.monthNames,
      weekdays: dates.weekdays,
      weekdaysShort: dates.weekdaysShort,
      firstDayOfWeek: 1,
      today: dates.today,
      cancel: dates.cancel,
      formatDate: (date) => formatDate(dates.pattern, date),
      parseDate,
      formatTitle: (monthName, fullYear) => `${monthName} ${fullYear}`,
    };
  }

  render() {
    const texts = parse(this.texts, {});
    const state = parse(this.state, {});
    const disabled = !state.enabled;
    const server = () => this.__server;
    return html`<h2 id="calendar-title" class="calendar-title">${state.title ?? ''}</h2>
      <vaadin-button
        aria-label=${texts.previous ?? nothing}
        ?disabled=${disabled}
        @click=${() => server()?.previous()}
        ><vaadin-icon icon="vaadin:angle-left"></vaadin-icon
      ></vaadin-button>
      <vaadin-button ?disabled=${disabled} @click=${() => server()?.today()}>${texts.today ?? ''}</vaadin-button>
      <vaadin-button aria-label=${texts.next ?? nothing} ?disabled=${disabled} @click=${() => server()?.next()}
        ><vaadin-icon icon="vaadin:angle-right"></vaadin-icon
      ></vaadin-button>
      <vaadin-date-picker
        class="calendar-go-to"
        accessible-name=${texts.goToDate ?? nothing}
        aria-label=${texts.goToDate ?? nothing}
        ?disabled=${disabled}
        .i18n=${texts.dates ? this.__dateI18n(texts.dates) : undefined}
        .value=${state.date ?? ''}
        @change=${(event) => {
          if (event.target.value) {
            server()?.goTo(event.target.value);
          }
        }}
      ></vaadin-date-picker>
      <vaadin-select
        accessible-name=${texts.view ?? nothing}
        aria-label=${texts.view ?? nothing}
        ?disabled=${disabled}
        .items=${texts.views ?? []}
        .value=${state.view ?? ''}
        @change=${(event) => server()?.view(event.target.value)}
      ></vaadin-select>
      <vaadin-integer-field
        id="new-slot-minutes"
        label=${texts.newSlotMinutes ?? ''}
        helper-text=${texts.newSlotHelper ?? ''}
        step="5"
        step-buttons-visible
        manual-validation
        ?disabled=${disabled}
        .value=${state.slotMinutes ?? ''}
        .invalid=${!!state.slotError}
        .errorMessage=${state.slotError ?? ''}
        @change=${(event) => server()?.slotMinutes(event.target.value ?? '')}
      ></vaadin-integer-field>
      <vaadin-button ?disabled=${disabled} @click=${() => server()?.timeOff()}
        ><vaadin-icon icon="vaadin:coffee" slot="prefix"></vaadin-icon>${texts.timeOff ?? ''}</vaadin-button
      >
      <span class="calendar-message">${state.message ?? ''}</span>`;
  }
}

customElements.define('praxis-calendar-toolbar', PraxisCalendarToolbar);
