// <praxis-doctor-profile>: the top of a doctor's page (photo or initials, name, facts, clinic, bio) as one element.
// The Java component DoctorProfilePanel (app.praxis.appointment.ui) sets one property, `profile`, a JSON string
// {name, photo, facts, clinic, bio} with every text already in the page's language ('' where there is none). It only
// shows: nothing comes back. Drawn in the light DOM so the page's styles and tests reach it (#doctor-name), while the
// server keeps one element instead of an avatar, a heading and paragraphs (issue 18: memory per session). The
// texts are bound as text, never as HTML.
import { LitElement, html, nothing } from 'lit';
import '@vaadin/avatar';

class PraxisDoctorProfile extends LitElement {
  static properties = {
    profile: { type: String },
  };

  constructor() {
    super();
    this.profile = '{}';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    let p;
    try {
      p = JSON.parse(this.profile);
    } catch (e) {
      p = {};
    }
    return html`<vaadin-avatar theme="xlarge" .name=${p.name || ''} .img=${p.photo || undefined}></vaadin-avatar>
      <h2 id="doctor-name">${p.title || ''}</h2>
      <p class="doctor-facts">${p.facts || ''}</p>
      ${p.clinic ? html`<p>${p.clinic}</p>` : nothing} ${p.bio ? html`<p class="doctor-bio">${p.bio}</p>` : nothing}`;
  }
}

customElements.define('praxis-doctor-profile', PraxisDoctorProfile);
