// <praxis-full-calendar>: FullCalendar 6 (MIT core, daygrid, timegrid, interaction) as a custom element.
// The Java component FullCalendar (app.praxis.base.ui.calendar) owns all state: it sets the properties below
// and hears what the user did through its client-callable methods (rangeSelected, dateClicked, entryClicked,
// entryChanged: no DOM event listener for the server to keep). Nothing is decided here. The entries come from the
// server for the days shown: with the response that shows other days (entriesFor), else asked for (its
// fetchEntries) when the calendar starts and when the server says refetch(). The server keeps no copy (issue 18).
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin from '@fullcalendar/interaction';

// The calendar runs in UTC mode so that the wall-clock times the server sends (in the clinic's zone, without an
// offset) are shown exactly as sent, whatever the browser's own zone. Dates coming back are wall-clock too.
const wallClock = (date) => date.toISOString().slice(0, 19);
const isoDay = (date) => date.toISOString().slice(0, 10);

const HOURS = { hour: '2-digit', minute: '2-digit', hour12: false };

// Day headers as the rest of the app writes dates in the page's language ("Mon 30 Nov", "Mo., 30. Nov."), not
// FullCalendar's US default ("Mon 11/30"); the month view names only the weekday (its days carry their numbers).
// Dates are UTC midnights (see timeZone below).
const dayHeader = (locale) => (arg) =>
  new Intl.DateTimeFormat(
    locale,
    arg.view.type === 'dayGridMonth'
      ? { weekday: 'short', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' },
  ).format(arg.date);

class PraxisFullCalendar extends HTMLElement {
  constructor() {
    super();
    this._view = 'timeGridWeek';
    this._date = undefined;
    this._nowOffset = 0;
    this._selectable = false;
    this._locale = 'en-GB';
    this._moreText = 'more';
  }

  // Properties the server set before this class was defined would shadow the setters: re-apply them.
  _upgradeProperty(name) {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
  }

  connectedCallback() {
    ['view', 'date', 'now', 'selectable', 'locale', 'moreText'].forEach((name) => this._upgradeProperty(name));
    if (this._calendar) {
      this._resizeObserver.observe(this);
      return;
    }
    const host = document.createElement('div');
    host.style.height = '100%';
    this.appendChild(host);
    this._calendar = new Calendar(host, {
      plugins: [dayGridPlugin, timeGridPlugin, interactionPlugin],
      timeZone: 'UTC',
      initialView: this._view,
      initialDate: this._date,
      now: () => new Date(Date.now() + this._nowOffset),
      headerToolbar: false,
      firstDay: 1,
      height: '100%',
      nowIndicator: true,
      allDaySlot: false,
      scrollTime: '07:00:00',
      slotDuration: '00:15:00',
      slotLabelInterval: '01:00',
      slotLabelFormat: HOURS,
      eventTimeFormat: HOURS,
      dayHeaderContent: dayHeader(this._locale),
      moreLinkText: this._moreText,
      dayMaxEvents: true,
      selectable: this._selectable,
      selectMirror: true,
      longPressDelay: 300,
      // The server's entries for the days shown. Not lazy: the same days read differently in another view (the
      // month shows a count of free slots per day), and a refetch must ask again.
      lazyFetching: false,
      events: (info, success, failure) => this._fetch(isoDay(info.start), isoDay(info.end), success, failure),
      select: (info) => {
        this._calendar.unselect();
        this.$server.rangeSelected(wallClock(info.start), wallClock(info.end), info.allDay);
      },
      dateClick: (info) => this.$server.dateClicked(wallClock(info.date), info.allDay),
      eventClick: (info) => this.$server.entryClicked(info.event.id, wallClock(info.event.start)),
      // The server decides: the local change is undone and the server has the entries fetched as they now are.
      eventDrop: (info) => this._changed(info),
      eventResize: (info) => this._changed(info),
    });
    this._calendar.render();
    // FullCalendar measures its container once and then only on window resizes. Vaadin attaches the element before
    // the layout around it is final (it would measure 0 px), and side panels change its width: follow the element.
    this._resizeObserver = new ResizeObserver(() => this._calendar.updateSize());
    this._resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
  }

  _fetch(start, end, success, failure) {
    const sent = this._sent;
    this._sent = undefined;
    if (sent && sent.start === start && sent.end === end) {
      success(sent.entries);
      return;
    }
    if (!this.$server) {
      // Not bound to its server-side component yet: ask once it is.
      setTimeout(() => this._fetch(start, end, success, failure), 50);
      return;
    }
    this.$server.fetchEntries(start, end).then(success, failure);
  }

  // The entries changed on the server: ask again for the days shown.
  refetch() {
    this._sent = undefined;
    this._calendar?.refetchEvents();
  }

  // The entries of the days [start, end) the same response moves the calendar to: the fetch that follows takes
  // them instead of asking the server (the view and date are applied a microtask later, see _showLater).
  entriesFor(start, end, entries) {
    this._sent = { start, end, entries };
  }

  // A view and a date set in one response become one change (one fetch); a date inside the days already shown
  // changes nothing (and asks for nothing).
  _showLater() {
    if (this._showQueued) {
      return;
    }
    this._showQueued = true;
    queueMicrotask(() => {
      this._showQueued = false;
      const calendar = this._calendar;
      if (!calendar) {
        return;
      }
      const view = calendar.view;
      const date = this._date ? new Date(this._date + 'T00:00:00Z') : undefined;
      const inside = !date || (date >= view.currentStart && date < view.currentEnd);
      if (view.type !== this._view || !inside) {
        calendar.changeView(this._view, this._date);
      }
    });
  }

  _changed(info) {
    const { id, start, end } = info.event;
    info.revert();
    this.$server.entryChanged(id, wallClock(start), wallClock(end ?? start));
  }

  set view(view) {
    this._view = view;
    this._showLater();
  }

  get view() {
    return this._view;
  }

  set date(date) {
    this._date = date;
    this._showLater();
  }

  get date() {
    return this._date;
  }

  // The server's wall-clock "now": kept as an offset so the now-indicator keeps moving in the clinic's zone.
  set now(now) {
    this._nowOffset = now ? Date.parse(now + 'Z') - Date.now() : 0;
  }

  set selectable(selectable) {
    this._selectable = !!selectable;
    this._calendar?.setOption('selectable', this._selectable);
  }

  get selectable() {
    return this._selectable;
  }

  // The page's language as a BCP 47 tag ("en-GB", "de-DE"), for the day headers.
  set locale(locale) {
    this._locale = locale || 'en-GB';
    this._calendar?.setOption('dayHeaderContent', dayHeader(this._locale));
  }

  get locale() {
    return this._locale;
  }

  // The word after a month day's "+2" link to the entries that do not fit ("more", "weitere").
  set moreText(text) {
    this._moreText = text || 'more';
    this._calendar?.setOption('moreLinkText', this._moreText);
  }

  get moreText() {
    return this._moreText;
  }
}

customElements.define('praxis-full-calendar', PraxisFullCalendar);
