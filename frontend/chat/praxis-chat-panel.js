// Messages' open conversation, drawn in the browser (issue 18: memory per session; it was a header of an anchor,
// avatar and heading, a button, one Vaadin MessageList per day with its items, a receipt, an error and a
// MessageInput: about twenty server components with their state nodes and listeners). The Java side
// (app.praxis.chat.ui.ChatPanel) sets two properties, every text already in the page's language:
//   `texts` (JSON, set once: {back, backHref, older, empty, message, send, log})
//   `state` (JSON: {name, initials, photo, hasOlder, days: [{label, items: [{text, userName, userAbbr,
//   userColorIndex, theme}]}], receipt, error, scroll}).
// Sending and "Earlier messages" go to the server's @ClientCallable methods (send(text), loadOlder()), which carry no id:
// the server knows which chat this is, the service checks that the signed-in person takes part in it, and a refused
// message comes back as `error`, shown under the field; nothing is stored. Messages are shown as text (Vaadin's
// message list renders no HTML and no Markdown). `scroll` changes when the newest message must come into view.
import { LitElement, html, nothing } from 'lit';
import '@vaadin/avatar';
import '@vaadin/button';
import '@vaadin/message-input';
import '@vaadin/message-list';

function parse(json, fallback) {
  try {
    return JSON.parse(json) ?? fallback;
  } catch (e) {
    return fallback;
  }
}

class PraxisChatPanel extends LitElement {
  static properties = {
    texts: { type: String },
    state: { type: String },
  };

  constructor() {
    super();
    this.texts = '{}';
    this.state = '{}';
    this._scrolled = undefined;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const texts = parse(this.texts, {});
    const state = parse(this.state, {});
    const days = state.days ?? [];
    return html`<div class="chat-header">
        <a class="chat-back" href=${texts.backHref ?? 'messages'} router-link>${texts.back}</a
        ><vaadin-avatar
          name=${state.name ?? ''}
          abbr=${state.initials ?? nothing}
          img=${state.photo ? state.photo : nothing}
          aria-hidden="true"
        ></vaadin-avatar
        ><h3 id="chat-party">${state.name}</h3>
      </div>
      <div class="chat-scroll">
        ${state.hasOlder
          ? html`<vaadin-button class="chat-older" theme="tertiary small" @click=${() => this.$server.loadOlder()}
              >${texts.older}</vaadin-button
            >`
          : nothing}
        <div class="chat-days" role="log" aria-live="polite" aria-label=${texts.log ?? nothing}>
          ${days.map(
            (day) =>
              html`<div class="chat-day">${day.label}</div>
                <vaadin-message-list class="chat-messages" .items=${day.items}></vaadin-message-list>`
          )}
          ${days.length === 0 ? html`<div class="chat-empty">${texts.empty}</div>` : nothing}
        </div>
        <span class="chat-receipt" id="chat-receipt" ?hidden=${!state.receipt}>${state.receipt ?? ''}</span>
      </div>
      <span class="chat-error" id="chat-error" role="alert" ?hidden=${!state.error}>${state.error ?? ''}</span>
      <vaadin-message-input
        class="chat-input"
        .i18n=${{ message: texts.message, send: texts.send }}
        @submit=${(event) => this.$server.send(event.detail.value)}
      ></vaadin-message-input>`;
  }

  updated() {
    const state = parse(this.state, {});
    if (state.scroll !== this._scrolled) {
      this._scrolled = state.scroll;
      // Once the message lists have laid out their items, the newest is in view.
      const scroll = this.querySelector('.chat-scroll');
      if (scroll) {
        setTimeout(() => requestAnimationFrame(() => (scroll.scrollTop = scroll.scrollHeight)));
      }
    }
  }
}

customElements.define('praxis-chat-panel', PraxisChatPanel);
