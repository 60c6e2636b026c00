// The signed-in frame's menu and top bar, drawn in the browser (issue 18: memory per session). The Java side
// (app.praxis.base.ui.LayoutMenu, app.praxis.base.ui.TopBar) sets a few properties, every text already in the
// page's language:
//   <praxis-menu>: `menu` (JSON: {brand, label, items: [{href, title, icon, badge}], user: {name, role}?, signOut,
//   languageLabel, language, languages: [{value, label}]}), `current` (the page's path, for aria-current),
//   `photo` (the avatar's image address, '' for initials) and `badges` (JSON: {path: {text, label}}, only the
//   counts that are not zero).
//   <praxis-top-bar>: `heading` (the page's title), `links` (JSON: [{href, icon, label}]) and `badges` as above.
// Menu entries are plain links that Vaadin's router follows (back button, middle-click, client-side navigation).
// Signing out and choosing a language call the server's methods `signOut()` and `choose(language)` (no DOM event
// listener for the server to keep). The server keeps no component per entry, icon or badge.
import { LitElement, html, nothing } from 'lit';
import '@vaadin/avatar';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/select';

const ICONS = 'images/menu-icons.svg';

function parse(json, fallback) {
  try {
    return JSON.parse(json) ?? fallback;
  } catch (e) {
    return fallback;
  }
}

function badge(badges, href) {
  const shown = badges[href];
  return html`<span
    class="unread-badge"
    theme="badge error primary pill small"
    aria-label=${shown ? shown.label : nothing}
    ?hidden=${!shown}
    >${shown ? shown.text : ''}</span
  >`;
}

class PraxisMenu extends LitElement {
  static properties = {
    menu: { type: String },
    current: { type: String },
    photo: { type: String },
    badges: { type: String },
  };

  constructor() {
    super();
    this.menu = '{}';
    this.current = '';
    this.photo = '';
    this.badges = '{}';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const menu = parse(this.menu, {});
    const badges = parse(this.badges, {});
    const user = menu.user;
    return html`<h1 class="praxis-brand">${menu.brand ?? 'Praxis'}</h1>
      <nav id="main-menu" class="praxis-menu" aria-label=${menu.label ?? ''}>
        <ul>
          ${(menu.items ?? []).map(
            (item) =>
              html`<li>
                <a
                  class="praxis-menu-item"
                  href=${item.href}
                  aria-current=${item.href === this.current ? 'page' : nothing}
                  @click=${this.__closeDrawer}
                  >${item.icon
                    ? html`<vaadin-icon src=${ICONS} symbol=${item.icon} aria-hidden="true"></vaadin-icon>`
                    : nothing}<span class="praxis-menu-title">${item.title}</span>${item.badge
                    ? badge(badges, item.href)
                    : nothing}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <div class="praxis-user">
        ${user
          ? html`<vaadin-avatar id="menu-avatar" .name=${user.name} .img=${this.photo || undefined}></vaadin-avatar>
              <span id="signed-in-user">${user.name}</span><span class="praxis-user-role">${user.role}</span>`
          : nothing}
        <vaadin-button id="logout" theme="tertiary" @click=${() => this.$server.signOut()}
          >${menu.signOut ?? ''}</vaadin-button
        >
        <vaadin-select
          id="language"
          theme="small"
          aria-label=${menu.languageLabel ?? ''}
          .items=${menu.languages ?? []}
          .value=${menu.language ?? ''}
          @change=${this.__languageChanged}
        ></vaadin-select>
      </div>`;
  }

  __closeDrawer() {
    window.dispatchEvent(new CustomEvent('close-overlay-drawer'));
  }

  __languageChanged(event) {
    const language = event.target.value;
    if (language) {
      this.$server.choose(language);
    }
  }
}

class PraxisTopBar extends LitElement {
  static properties = {
    heading: { type: String },
    links: { type: String },
    badges: { type: String },
  };

  constructor() {
    super();
    this.heading = '';
    this.links = '[]';
    this.badges = '{}';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    const badges = parse(this.badges, {});
    return html`<h2 id="page-header" class="praxis-page-header">${this.heading}</h2>
      ${parse(this.links, []).map(
        (link) =>
          html`<a class="praxis-navbar-badge" href=${link.href} aria-label=${link.label}
            ><vaadin-icon src=${ICONS} symbol=${link.icon} aria-hidden="true"></vaadin-icon>${badge(
              badges,
              link.href,
            )}</a
          >`,
      )}`;
  }
}

customElements.define('praxis-menu', PraxisMenu);
customElements.define('praxis-top-bar', PraxisTopBar);
