// <praxis-review-list>: a doctor's latest reviews on their page as one element. The Java component ReviewList
// (app.praxis.review.ui) sets one property, `reviews`, a JSON string {heading, reviews: [[stars, starsLabel, byline,
// comment, hidden], ...]} with every text already in the page's language (comment and hidden '' where there is
// none). It only shows: nothing comes back. Texts are bound as text, never as HTML (a review's comment is the
// patient's own words). Drawn in the light DOM so the page's styles and tests reach it (#latest-reviews), while the
// server keeps one element instead of five components per review (issue 18: memory per session).
import { LitElement, html, nothing } from 'lit';

class PraxisReviewList extends LitElement {
  static properties = {
    reviews: { type: String },
  };

  constructor() {
    super();
    this.reviews = '{"reviews":[]}';
  }

  createRenderRoot() {
    return this;
  }

  render() {
    let list;
    try {
      list = JSON.parse(this.reviews);
    } catch (e) {
      list = { reviews: [] };
    }
    return html`<h3>${list.heading || ''}</h3>
      ${list.reviews.map(
        ([stars, starsLabel, byline, comment, hidden]) => html`<div class="review">
          <div class="review-head">
            <span class="review-stars" aria-label=${starsLabel}>${stars}</span>
            <span class="review-byline">${byline}</span>
          </div>
          ${comment ? html`<div class="review-comment">${comment}</div>` : nothing}
          ${hidden ? html`<span class="review-hidden">${hidden}</span>` : nothing}
        </div>`,
      )}`;
  }
}

customElements.define('praxis-review-list', PraxisReviewList);
