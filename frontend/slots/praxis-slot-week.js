// <praxis-slot-week>: a doctor's free times as a week grid with its navigation, the whole picker as one element, and on
// a doctor's page the booking under it (heading, reason, "Book", the waitlist link).
// The Java component SlotWeek (app.praxis.appointment.ui), driven by SlotPicker, sets these properties:
// - `texts`, one JSON string sent once: {earlier, later, nextFree, label, none, noneOn} in the page's language (the
//   navigation's accessible names and text, the grid's label, what is said when there are no free times, and what is
//   said for a day without one: "No free times on {0}", {0} the day's label);
// - `week`, one JSON string per week shown: {days: [{date, weekday, dayMonth, label, times: [[id, text], ...]}],
//   range, count, nav: [previous, next, nextFree] (enabled or not), empty}; each time's accessible name is composed
//   here from the day's label and the time ("Wed 2 Dec 2026, 09:00"), so the date is sent once a day, not per time;
// - `selected`, the chosen slot's id (or -1); `error`, a slot error shown right under the grid ('' for none);
// - on a doctor's page only, `booking`, one JSON string sent once: {heading, reason, helper, maxLength, book,
//   waitlist, waitlistHref}, and `reasonError`, the booking service's message for the reason ('' for none), shown
//   next to the field (`manual-validation`: the field has no rule of its own and keeps the server's message).
// A click or Enter/Space on a time calls the server's `timeChosen(id)`; one on the navigation `weekMoved(to)` with
// `previous`, `next` or `next-free`; "Book" calls `bookClicked(reason)` with the reason as typed. The server decides
// what happens (it checks a chosen id against the times it showed; the booking service checks the slot and the reason,
// and nothing is stored on a refusal). Everything is drawn in the light DOM with Lumo's components, so the page's
// styles (.slot-day, 44 px targets on a phone), the keyboard and the tests reach them as before (#slot-times,
// #booking-reason, #book, #join-waitlist-link), while the server keeps one element for the whole booking instead of a
// component per button, span, time and field (issue 18: memory per session).
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/icons';
import '@vaadin/text-area';

const NO_WEEK = { days: [], range: '', count: 7, nav: [false, false, false], empty: true };

class PraxisSlotWeek extends LitElement {
  static properties = {
    texts: { type: String },
    week: { type: String },
    selected: { type: Number },
    error: { type: String },
    booking: { type: String },
    reasonError: { type: String },
  };

  constructor() {
    super();
    this.texts = '{}';
    this.week = JSON.stringify(NO_WEEK);
    this.selected = -1;
    this.error = '';
    this.booking = '';
    this.reasonError = '';
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
    const booking = this.booking ? PraxisSlotWeek.parse(this.booking, null) : null;
    const noneOn = t.noneOn || '{0}';
    return html`${booking ? html`<h3>${booking.heading}</h3>` : nothing}
      <div class="slot-grid-nav" ?hidden=${week.empty}>
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
            ${day.times.length === 0
              ? html`<span class="slot-day-none" aria-label=${noneOn.replace('{0}', day.label)}>—</span>`
              : nothing}
            ${day.times.map(([id, text]) => {
              const chosen = id === this.selected;
              return html`<vaadin-button
                theme=${chosen ? 'small primary' : 'small'}
                data-slot-id=${id}
                aria-label=${`${day.label}, ${text}`}
                aria-pressed=${chosen ? 'true' : 'false'}
                @click=${() => this.choose(id)}
                >${text}</vaadin-button
              >`;
            })}
          </div>`,
        )}
      </div>
      <span id="slot-error" class="slot-error" role="alert" ?hidden=${!this.error}>${this.error}</span>
      <span class="slot-none" ?hidden=${!week.empty}>${t.none || ''}</span>
      ${booking ? this.bookingForm(booking) : nothing}`;
  }

  /** The reason (its message next to it), "Book" and the waitlist link: a doctor's page only. */
  bookingForm(booking) {
    return html`<vaadin-text-area
        id="booking-reason"
        label=${booking.reason}
        .helperText=${booking.helper}
        .maxlength=${booking.maxLength}
        .minRows=${2}
        style="width: 100%"
        manual-validation
        .invalid=${!!this.reasonError}
        .errorMessage=${this.reasonError || ''}
      ></vaadin-text-area>
      <vaadin-button id="book" theme="primary" style="width: 100%" @click=${() => this.book()}
        >${booking.book}</vaadin-button
      >
      <p><a id="join-waitlist-link" href=${booking.waitlistHref}>${booking.waitlist}</a></p>`;
  }

  book() {
    const field = this.querySelector('#booking-reason');
    this.$server.bookClicked(field ? field.value : '');
  }

  choose(id) {
    this.selected = id;
    this.$server.timeChosen(String(id));
  }

  move(to) {
    this.$server.weekMoved(to);
  }
}

customElements.define('praxis-slot-week', PraxisSlotWeek);
