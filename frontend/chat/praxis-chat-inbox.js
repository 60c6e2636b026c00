// Messages' list of conversations, drawn in the browser (issue 18: memory per session; each entry was eight to nine
// server components). The Java side (app.praxis.chat.ui.ChatInbox) sets one property, every text already in the
// page's language:
//   `inbox` (JSON: {empty (shown when there are no entries), entries: [{id, href, name, initials, photo, when,
//   preview, unread, unreadLabel, selected}]}).
// Each entry is a plain link to `messages?chat=<id>` that Vaadin's router follows (keyboard, middle-click, back
// button); the server opens the chat only if the signed-in person takes part in it.
import { LitElement, html, nothing } from 'lit';
import '@vaadin/avatar';

function parse(json, fallback) {
  try {
    return JSON.parse(json) ?? fallback;
  } catch (e) {
    return fallback;
  }
}

class PraxisChatInbox extends LitElement {
  static properties = {
    inbox: { type: String },
  };

  constructor() {
    super();
    this.inbox = '{}';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const inbox = parse(this.inbox, {});
    const entries = inbox.entries ?? [];
    return html`${entries.length === 0 && inbox.empty ? html`<p>${inbox.empty}</p>` : nothing}${entries.map(
      (entry) =>
        html`<a
          class="chat-entry${entry.unread ? ' unread' : ''}${entry.selected ? ' selected' : ''}"
          href=${entry.href}
          data-chat-id=${entry.id}
          aria-current=${entry.selected ? 'page' : nothing}
          ><vaadin-avatar
            name=${entry.name}
            abbr=${entry.initials}
            img=${entry.photo ? entry.photo : nothing}
            aria-hidden="true"
          ></vaadin-avatar
          ><div class="chat-entry-text">
            <div class="chat-entry-top">
              <span class="chat-entry-name">${entry.name}</span><span class="chat-entry-when">${entry.when}</span>
            </div>
            <div class="chat-entry-preview">${entry.preview}</div>
          </div>
          ${entry.unread
            ? html`<span class="chat-entry-unread" theme="badge error primary pill small" aria-label=${entry.unreadLabel}
                >${entry.unread}</span
              >`
            : nothing}</a
        >`
    )}`;
  }
}

customElements.define('praxis-chat-inbox', PraxisChatInbox);
